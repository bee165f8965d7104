package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.testing.BundleFile;

/**
 * Keeps {@code findings.properties} and the diagnosis code in step, and its texts valid for {@link MessageFormat}.
 *
 * <p>A key counts as used when a Java source under {@code src/main/java/org/outboxdoctor/diagnosis} calls
 * {@code .text("key", arguments...)} with the key as a string literal; the number of arguments there must match the
 * placeholders of the text. Comments are ignored.
 */
class FindingKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/org/outboxdoctor/diagnosis");
    private static final Path RESOURCES = Path.of("src/main/resources/org/outboxdoctor/diagnosis");
    private static final Path BUNDLE = RESOURCES.resolve("findings.properties");
    /** findings_de.properties and the like. */
    private static final Pattern TRANSLATION = Pattern.compile("findings_[A-Za-z0-9_]+\\.properties");
    /** A literal that reads like an English sentence ("Your password is ..."), which belongs in the bundle. */
    private static final Pattern SENTENCE = Pattern.compile("\"[A-Z][a-z]+ [a-z]+ [a-z]");

    private static Map<String, String> bundle;
    private static List<TextCall> calls;
    private static List<String> literals;

    /** One {@code .text(...)} call: its first argument as written, and how many arguments follow it. */
    record TextCall(String file, String firstArgument, int argumentsAfterKey) {
        String key() {
            return firstArgument.startsWith("\"") && firstArgument.endsWith("\"") && firstArgument.length() > 1
                    ? firstArgument.substring(1, firstArgument.length() - 1) : null;
        }
    }

    @BeforeAll
    static void scan() throws IOException {
        bundle = new java.util.HashMap<>(load(BUNDLE));
        // the evidence lines' words: the same calls, their own bundle
        bundle.putAll(load(RESOURCES.resolve("evidence.properties")));
        calls = new ArrayList<>();
        literals = new ArrayList<>();
        for (Path java : javaSources()) {
            JavaScan scan = new JavaScan(java.getFileName().toString(), Files.readString(java));
            calls.addAll(scan.calls);
            literals.addAll(scan.literals);
        }
    }

    @Test
    void scanFindsTheCallsItChecks() {
        assertFalse(bundle.isEmpty(), "bundle is empty: " + BUNDLE.toAbsolutePath());
        assertTrue(calls.size() > 100, "only " + calls.size() + " .text( calls found under " + SOURCES.toAbsolutePath());
        assertTrue(usedKeys().contains("finding.wrongPassword.title"), "Diagnoser's f.text(\"finding.wrongPassword.title\")");
        assertTrue(calls.contains(new TextCall("ServerRules.java", "\"finding.wrongServer.detail\"", 4)),
                "ServerRules passes 4 arguments to finding.wrongServer.detail");
    }

    @Test
    void scannerIgnoresCommentsAndCountsTopLevelArguments() {
        String source = "/** f.text(\"in.javadoc\") */ x = f.text(\"outer.key\", a(b, c), f.text(\"inner.key\"), \"s, (\");"
                + " // f.text(\"in.comment\")\n y = reply.text(); z = f.text(key);";
        List<TextCall> found = new JavaScan("X.java", source).calls;
        assertEquals(List.of(new TextCall("X.java", "\"outer.key\"", 3), new TextCall("X.java", "\"inner.key\"", 0),
                new TextCall("X.java", "key", 0)), found);
    }

    @Test
    void keysAreWrittenOutAsLiterals() {
        List<String> computed = calls.stream().filter(c -> c.key() == null)
                .map(c -> c.file() + ": .text(" + c.firstArgument()).toList();
        assertEquals(List.of(), computed, "a key built at run time cannot be checked: write it out");
    }

    @Test
    void everyUsedKeyIsInTheBundle() {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(bundle.keySet());
        assertEquals(Set.of(), missing, "keys used in diagnosis but missing from findings.properties");
    }

    @Test
    void everyBundleKeyIsUsed() {
        Set<String> unused = new TreeSet<>(bundle.keySet());
        unused.removeAll(usedKeys());
        assertEquals(Set.of(), unused, "keys in findings.properties that no diagnosis source uses");
    }

    @Test
    void everyCallPassesAsManyArgumentsAsItsTextHasPlaceholders() {
        List<String> wrong = new ArrayList<>();
        for (TextCall call : calls) {
            if (call.key() != null && bundle.containsKey(call.key())) {
                int placeholders = placeholders(bundle.get(call.key()));
                if (placeholders != call.argumentsAfterKey()) {
                    wrong.add(call.file() + ": " + call.key() + " has " + placeholders + " placeholders, gets "
                            + call.argumentsAfterKey() + " arguments");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void keysAreDottedDefinedOnceAndNameTheirFinding() throws IOException {
        Set<String> codes = Arrays.stream(FindingCode.values()).map(c -> camelCase(c.name())).collect(Collectors.toSet());
        codes.add("portUnusable"); // the fix steps PORT_BLOCKED and PORT_REFUSED share
        List<String> keys = BundleFile.keys(BUNDLE);
        List<String> problems = new ArrayList<>(BundleFile.shapeProblems(keys));
        for (String key : keys) {
            String[] parts = key.split("\\.");
            if (parts[0].equals("finding") && !codes.contains(parts[1])) {
                problems.add("names no finding code: " + key);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTextIsAPlainMessageFormatPatternWithDoubledApostrophes() {
        assertEquals(List.of(), patternProblems(bundle));
    }

    @Test
    void renderedTextsShowEveryArgumentAndNoPatternLeftovers() {
        FindingTexts texts = new FindingTexts(Locale.ENGLISH);
        EvidenceLines lines = new EvidenceLines(Locale.ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : bundle.entrySet()) {
            Object[] arguments = new Object[Math.max(0, placeholders(entry.getValue()))];
            Arrays.setAll(arguments, i -> "<argument " + i + ">");
            String shown;
            try {
                shown = lines.bundleHas(entry.getKey()) ? lines.text(entry.getKey(), arguments)
                        : texts.format(entry.getKey(), arguments);
            } catch (IllegalArgumentException e) {
                problems.add(entry.getKey() + " cannot be shown: " + e.getMessage());
                continue;
            }
            for (Object argument : arguments) {
                if (!shown.contains((String) argument)) {
                    problems.add(entry.getKey() + " never shows " + argument + ": " + shown);
                }
            }
            if (shown.contains("''") || shown.contains("{") || shown.contains("}")) {
                problems.add(entry.getKey() + " shows pattern syntax: " + shown);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals("If you forgot it, reset it in your provider's control panel or webmail.",
                texts.format("finding.wrongPassword.fix.reset"), "a doubled apostrophe shows once");
        assertEquals("Port 2525 is blocked between you and the server", texts.format("finding.portBlocked.title", 2525),
                "numbers show as written, not grouped as 2,525");
    }

    @Test
    void aLanguageWithoutTranslationReadsEnglish() {
        assertEquals(new FindingTexts(Locale.ENGLISH).format("finding.offline.title"),
                new FindingTexts(Locale.forLanguageTag("xx")).format("finding.offline.title"));
    }

    @Test
    void translationsHaveTheBaseKeysAndPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(p -> TRANSLATION.matcher(p.getFileName().toString()).matches()).toList()) {
                Map<String, String> translation = load(file);
                for (Map.Entry<String, String> entry : translation.entrySet()) {
                    String base = bundle.get(entry.getKey());
                    if (base == null) {
                        problems.add(file.getFileName() + ": " + entry.getKey() + " is not in findings.properties");
                    } else if (placeholders(base) != placeholders(entry.getValue())) {
                        problems.add(file.getFileName() + ": " + entry.getKey() + " needs placeholders {0}.. as many as "
                                + placeholders(base));
                    }
                }
                patternProblems(translation).forEach(p -> problems.add(file.getFileName() + ": " + p));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noEnglishSentencesAreLeftInTheCode() {
        assertTrue(SENTENCE.matcher("\"Your password is wrong\"").find(), "the check itself recognises a sentence");
        List<String> sentences = literals.stream().filter(l -> SENTENCE.matcher(l).lookingAt()).toList();
        assertEquals(List.of(), sentences, "user-visible sentences belong in findings.properties (evidence stays in code)");
    }

    private static List<String> patternProblems(Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String pattern = entry.getValue();
            try {
                Format[] formats = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex();
                if (Arrays.stream(formats).anyMatch(f -> f != null)) {
                    problems.add(entry.getKey() + ": arguments are text, write {0} without a type: " + pattern);
                }
            } catch (IllegalArgumentException e) {
                problems.add(entry.getKey() + ": not a MessageFormat pattern (" + e.getMessage() + "): " + pattern);
            }
            if (pattern.replace("''", "").contains("'")) {
                problems.add(entry.getKey() + ": write every apostrophe twice (''): " + pattern);
            }
        }
        return problems;
    }

    /** How many arguments the pattern takes: one more than its highest {n}. */
    private static int placeholders(String pattern) {
        try {
            return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
        } catch (IllegalArgumentException e) {
            return -1; // reported by everyTextIsAPlainMessageFormatPatternWithDoubledApostrophes
        }
    }

    private static Set<String> usedKeys() {
        return calls.stream().map(TextCall::key).filter(k -> k != null).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String camelCase(String code) {
        StringBuilder out = new StringBuilder();
        for (String word : code.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
        return texts;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * Reads Java source once, skipping comments: collects string literals and every {@code .text(...)} call with
     * its top-level arguments (nested calls are found too). Enough Java for this package, not a parser.
     */
    static final class JavaScan {
        private static final Pattern TEXT_CALL = Pattern.compile("\\.text\\s*\\(");

        final List<TextCall> calls = new ArrayList<>();
        final List<String> literals = new ArrayList<>();
        private final String file;
        private final String source;

        JavaScan(String file, String source) {
            this.file = file;
            this.source = source;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = lineEnd(i);
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? source.length() : end + 2;
                } else if (c == '"' || c == '\'') {
                    int end = literalEnd(i);
                    if (c == '"') {
                        literals.add(source.substring(i, end));
                    }
                    i = end;
                } else {
                    Matcher call = TEXT_CALL.matcher(source).region(i, source.length());
                    if (call.lookingAt()) {
                        List<String> arguments = arguments(call.end());
                        if (!arguments.isEmpty()) {
                            calls.add(new TextCall(file, arguments.get(0), arguments.size() - 1));
                        }
                        i = call.end(); // the arguments may hold further calls
                    } else {
                        i++;
                    }
                }
            }
        }

        /** The arguments of the call whose "(" ends just before {@code start}, split at top-level commas. */
        private List<String> arguments(int start) {
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            int from = start;
            int i = start;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '"' || c == '\'') {
                    i = literalEnd(i);
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (c == ')' || (c == ',' && depth == 0)) {
                    String argument = source.substring(from, i).strip();
                    if (!argument.isEmpty() || c == ',') {
                        arguments.add(argument);
                    }
                    if (c == ')') {
                        return arguments;
                    }
                    from = i + 1;
                }
                i++;
            }
            throw new IllegalStateException(file + ": unclosed .text( call at " + start);
        }

        private int literalEnd(int start) {
            char quote = source.charAt(start);
            int i = start + 1;
            while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i + 1, source.length());
        }

        private int lineEnd(int start) {
            int end = source.indexOf('\n', start);
            return end < 0 ? source.length() : end;
        }
    }
}
