package org.outboxdoctor.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which bundles the app has and which translations are expected: the one list the bundle test, the wizard test per
 * language and the command-line test share.
 */
public final class Translations {
    /**
     * Languages whose files may still be missing. A file that exists is checked in full whatever this says; a
     * language listed here is only forgiven for files that do not exist yet. Empty it when the translations land.
     */
    public static final Set<Language> LANGUAGES_PENDING = EnumSet.noneOf(Language.class);

    static final Path RESOURCES = Path.of("src/main/resources");

    private Translations() {
    }

    /** Every English base bundle: a .properties file under src/main/resources without a language suffix. */
    static List<Path> baseFiles() {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translation of {@code base} into {@code language}, such as messages_de.properties. */
    static Path translation(Path base, Language language) {
        String name = base.getFileName().toString();
        return base.resolveSibling(name.replace(".properties", "_" + language.code() + ".properties"));
    }

    /**
     * True when the app can be tested in {@code language}: English, a language no longer pending, or a pending one
     * whose every file is already there.
     */
    public static boolean testable(Language language) {
        return language == Language.EN || !LANGUAGES_PENDING.contains(language)
                || baseFiles().stream().allMatch(base -> Files.exists(translation(base, language)));
    }
}
