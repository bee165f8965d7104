package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.testing.BundleFile;

/**
 * Keeps {@code messages.properties} and its users in step.
 *
 * <p>A key counts as used when an FXML file under {@code src/main/resources/org/outboxdoctor/ui} names it as
 * {@code "%key"}, or a Java source under {@code src/main/java/org/outboxdoctor/ui} passes it as a string literal
 * to {@code messages.get(...)}, {@code messages.format(...)} or {@code bundle.getString(...)}. Build keys from
 * pieces and this test cannot see them: write each key out. Comments are ignored.
 */
class MessageKeysTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/org/outboxdoctor/ui");
    private static final Path UI_RESOURCES = Path.of("src/main/resources/org/outboxdoctor/ui");
    private static final Path BUNDLE = UI_RESOURCES.resolve("messages.properties");

    /** {@code text="%welcome.title"}: a resource reference in any FXML attribute. */
    private static final Pattern FXML_KEY = Pattern.compile("=\\s*\"%([^\"]+)\"");
    /** {@code messages.get("key")}, {@code messages.format("key", ...)}, {@code bundle.getString("key")}. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\\b(?:messages|bundle|resources)(?:\\(\\))?\\s*\\.\\s*(?:get|format|getString)\\s*\\(\\s*\"([^\"]+)\"");
    /** {@code super("steps.port", FindingCode.…)} in a {@link LiveStep}: the prefix of the page's four texts. */
    private static final Pattern LIVE_STEP_TEXTS = Pattern.compile("\\bsuper\\s*\\(\\s*\"(steps\\.[A-Za-z]+)\"\\s*,");
    /** FXML attributes that show text to the user and therefore must come from the bundle. */
    private static final Pattern FXML_TEXT_ATTRIBUTE = Pattern.compile(
            "\\b(text|promptText|accessibleText|accessibleHelp|title|headerText|contentText)\\s*=\\s*\"([^\"]*)\"");

    private static Set<String> bundleKeys;
    private static Set<String> usedKeys;
    private static List<Path> fxmlFiles;

    @BeforeAll
    static void scan() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        bundleKeys = new TreeSet<>(bundle.stringPropertyNames());

        usedKeys = new TreeSet<>();
        fxmlFiles = filesEndingWith(UI_RESOURCES, ".fxml");
        for (Path fxml : fxmlFiles) {
            collect(FXML_KEY, Files.readString(fxml), usedKeys);
        }
        for (Path java : filesEndingWith(UI_SOURCES, ".java")) {
            String code = withoutComments(Files.readString(java));
            collect(JAVA_KEY, code, usedKeys);
            // a LiveStep names its texts once, super("steps.port", ...): its title, intro, ok and unknown
            Set<String> pages = new TreeSet<>();
            collect(LIVE_STEP_TEXTS, code, pages);
            pages.forEach(page -> List.of(".title", ".intro", ".ok", ".unknown").forEach(k -> usedKeys.add(page + k)));
        }
    }

    @Test
    void scanFindsTheFilesItChecks() {
        assertFalse(fxmlFiles.isEmpty(), "no FXML found under " + UI_RESOURCES.toAbsolutePath());
        assertFalse(bundleKeys.isEmpty(), "bundle is empty");
        assertTrue(usedKeys.contains("welcome.title"), "FXML scan sees %welcome.title");
        assertTrue(usedKeys.contains("app.title"), "Java scan sees messages.get(\"app.title\")");
    }

    @Test
    void commentsAreNotUsage() {
        String source = "/** messages.get(\"in.javadoc\") */ x = messages.get(\"real.key\"); // messages.get(\"in.comment\")\n"
                + "y = \"// not a comment\"; z = messages.format(\"other.key\", 1);";
        Set<String> found = new TreeSet<>();
        collect(JAVA_KEY, withoutComments(source), found);
        assertEquals(Set.of("real.key", "other.key"), found);
    }

    @Test
    void everyUsedKeyIsInTheBundle() {
        Set<String> missing = new TreeSet<>(usedKeys);
        missing.removeAll(bundleKeys);
        assertEquals(Set.of(), missing, "keys used in FXML or Java but missing from messages.properties");
    }

    @Test
    void everyBundleKeyIsUsed() {
        Set<String> unused = new TreeSet<>(bundleKeys);
        unused.removeAll(usedKeys);
        assertEquals(Set.of(), unused, "keys in messages.properties that no FXML or Java source uses");
    }

    @Test
    void keysAreDottedAndDefinedOnce() throws IOException {
        assertEquals(List.of(), BundleFile.shapeProblems(BundleFile.keys(BUNDLE)));
    }

    @Test
    void fxmlHasNoHardCodedTexts() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path fxml : fxmlFiles) {
            Matcher matcher = FXML_TEXT_ATTRIBUTE.matcher(Files.readString(fxml));
            while (matcher.find()) {
                String value = matcher.group(2);
                if (!value.isEmpty() && !value.startsWith("%") && !value.startsWith("$")) {
                    hardCoded.add(fxml.getFileName() + ": " + matcher.group(1) + "=\"" + value + "\"");
                }
            }
        }
        assertEquals(List.of(), hardCoded, "user-visible FXML texts must be %keys from messages.properties");
    }

    /** Java source with comments blanked out, string and char literals kept. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Path> filesEndingWith(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
