package org.outboxdoctor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle in every language: a translation that exists has exactly the English keys, the same placeholders
 * per key, valid UTF-8 and patterns MessageFormat can read; a translation may be missing only while its language is
 * in {@link Translations#LANGUAGES_PENDING}. Unused keys: MessageKeysTest (ui), FindingKeysTest (diagnosis),
 * ExportTexts (steps), MessageCatalogue (explanations), PracticeCatalog (scenarios) and this test (report, evidence,
 * handover, problems, the command line's errors, the test message).
 */
class BundleConsistencyTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final List<Language> TRANSLATED = List.of(Language.DE, Language.FR, Language.ES);

    @Test
    void theBundlesAreFound() {
        List<String> names = Translations.baseFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("messages.properties", "findings.properties", "explanations.properties",
                "steps.properties", "mailprograms.properties", "scenarios.properties", "report.properties", "errors.properties",
                "testmessage.properties")), names.toString());
    }

    @Test
    void everyTranslationHasEveryKeyAndNoOther() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : Translations.baseFiles()) {
            Set<String> english = read(base).stringPropertyNames();
            for (Language language : TRANSLATED) {
                Path file = Translations.translation(base, language);
                if (!Files.exists(file)) {
                    if (!Translations.LANGUAGES_PENDING.contains(language)) {
                        problems.add(name(file) + " is missing");
                    }
                    continue;
                }
                Set<String> translated = read(file).stringPropertyNames();
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(english);
                missing.forEach(k -> problems.add(name(file) + ": missing " + k));
                extra.forEach(k -> problems.add(name(file) + ": " + k + " is not in " + name(base)));
            }
            Path english2 = Translations.translation(base, Language.EN);
            if (Files.exists(english2)) {
                problems.add(name(english2) + ": English is the base file, not a translation");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void placeholdersAreTheSameInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : Translations.baseFiles()) {
            Properties english = read(base);
            for (Path file : translations(base)) {
                Properties translated = read(file);
                for (String key : translated.stringPropertyNames()) {
                    String original = english.getProperty(key);
                    if (original != null && !placeholders(original).equals(placeholders(translated.getProperty(key)))) {
                        problems.add(name(file) + ": " + key + " has " + placeholders(translated.getProperty(key))
                                + ", English has " + placeholders(original));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFileIsUtf8AndEveryTextAPattern() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : Translations.baseFiles()) {
            List<Path> files = new ArrayList<>(List.of(base));
            files.addAll(translations(base));
            for (Path file : files) {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)));
                } catch (CharacterCodingException e) {
                    problems.add(name(file) + " is not valid UTF-8");
                    continue;
                }
                Properties texts = read(file);
                for (String key : texts.stringPropertyNames()) {
                    try {
                        new MessageFormat(texts.getProperty(key), Locale.ROOT);
                    } catch (IllegalArgumentException e) {
                        problems.add(name(file) + ": " + key + " is not a MessageFormat pattern (" + e.getMessage() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A translation's English is a base bundle next to it, or for texts kept with their data (the blocklists'
     * {@code dnsbl/zones.json}) the JSON file, whose loader checks the keys; both kinds must be valid UTF-8.
     */
    @Test
    void everyTranslationHasItsEnglishSourceAndIsUtf8() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> dataTranslations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Translations.RESOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString();
                for (Language language : TRANSLATED) {
                    String suffix = "_" + language.code() + ".properties";
                    if (!name.endsWith(suffix)) {
                        continue;
                    }
                    String stem = name.substring(0, name.length() - suffix.length());
                    if (Files.exists(file.resolveSibling(stem + ".json"))) {
                        dataTranslations.add(file);
                    } else if (!Files.exists(file.resolveSibling(stem + ".properties"))) {
                        problems.add(name(file) + " has no English " + stem + ".properties or " + stem + ".json");
                    }
                }
            }
        }
        for (Path file : dataTranslations) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            } catch (CharacterCodingException e) {
                problems.add(name(file) + " is not valid UTF-8");
            }
        }
        assertTrue(dataTranslations.stream().anyMatch(p -> p.endsWith(Path.of("dnsbl", "zones_de.properties"))),
                "the blocklists' German texts are found: " + dataTranslations);
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsADifferentPlaceholderAndBrokenBytes() {
        assertEquals(Set.of(0, 1), placeholders("Port {0} of {1}"));
        assertTrue(!placeholders("Anschluss {0}").equals(placeholders("Port {0} of {1}")));
        assertThrowsCoding(new byte[] {'a', '=', (byte) 0xC3, '('});
    }

    /** Bundles whose keys the code names as literals ("report.counts"), checked here for unused keys. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"org/outboxdoctor/report/report.properties",
            "org/outboxdoctor/diagnosis/evidence.properties", "org/outboxdoctor/report/handover.properties",
            "org/outboxdoctor/settings/problems.properties", "org/outboxdoctor/cli/errors.properties",
            "org/outboxdoctor/probe/smtp/testmessage.properties"})
    void everyKeyIsUsedInTheCode(String name) throws IOException {
        Path bundle = Translations.RESOURCES.resolve(name);
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(java));
            }
            code = all.toString();
        }
        List<String> unused = read(bundle).stringPropertyNames().stream().filter(k -> !code.contains("\"" + k + "\""))
                .sorted().toList();
        assertEquals(List.of(), unused, "keys in " + name + " no Java source names");
    }

    private static void assertThrowsCoding(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            throw new AssertionError("broken UTF-8 was read");
        } catch (CharacterCodingException expected) {
            // the check reports it
        }
    }

    private static List<Path> translations(Path base) {
        return TRANSLATED.stream().map(l -> Translations.translation(base, l)).filter(Files::exists).toList();
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
        return properties;
    }

    private static String name(Path file) {
        return Translations.RESOURCES.relativize(file).toString();
    }
}
