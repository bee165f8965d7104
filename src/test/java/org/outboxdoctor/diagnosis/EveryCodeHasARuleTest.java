package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new finding code or certainty cannot arrive untested: every value of {@link FindingCode} and {@link Certainty},
 * read from the enums at run time, must be asserted in a rule test (a {@code *RulesTest} or {@code RecommendationTest}
 * beside this class): a code as found, {@code finding(d, FindingCode.X…)} (naming it in "no such finding" does not
 * count), a certainty as {@code Certainty.X}.
 */
class EveryCodeHasARuleTest {
    private static final Path RULE_TESTS = Path.of("src/test/java/org/outboxdoctor/diagnosis");

    @Test
    void everyFindingCodeHasARuleTest() throws IOException {
        assertEquals(Set.of(), untested(FindingCode.class, "\\bfinding\\(\\w+,\\s*FindingCode\\."),
                "finding codes no rule test makes; write a test in the rule class's test (NameRulesTest, "
                        + "CredentialRulesTest…) that makes the finding from synthetic evidence");
    }

    @Test
    void everyCertaintyIsExercisedByARuleTest() throws IOException {
        assertEquals(Set.of(), untested(Certainty.class, "\\bCertainty\\."), "certainties no rule test asserts");
    }

    /** The values of {@code type} that no rule test names right after {@code prefix} (a regular expression). */
    private static Set<String> untested(Class<? extends Enum<?>> type, String prefix) throws IOException {
        String sources = ruleTestSources();
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile(prefix + "([A-Z][A-Z0-9_]*)\\b").matcher(sources);
        while (m.find()) {
            named.add(m.group(1));
        }
        Set<String> missing = new TreeSet<>(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        missing.removeAll(named);
        return missing;
    }

    private static String ruleTestSources() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(RULE_TESTS)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*RulesTest\\.java|RecommendationTest\\.java"))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty(), "no rule tests found under " + RULE_TESTS.toAbsolutePath());
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            all.append(Files.readString(file)).append('\n');
        }
        return all.toString();
    }
}
