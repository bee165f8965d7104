package org.outboxdoctor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A {@code .properties} bundle read as written, line by line: {@link java.util.Properties} would silently keep the
 * last of two equal keys, and the bundle tests want to see both.
 */
public final class BundleFile {

    private static final Pattern DOTTED_KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

    private BundleFile() {
    }

    /** Every key in file order, duplicates included; comments and blank lines skipped. */
    public static List<String> keys(Path bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                keys.add(trimmed.split("\\s*[=:]", 2)[0]);
            }
        }
        return keys;
    }

    /** Keys that are not dotted lower-camel words ({@code wizard.step.results}) or that are defined twice. */
    public static List<String> shapeProblems(List<String> keys) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String key : keys) {
            if (!DOTTED_KEY.matcher(key).matches()) {
                problems.add("not a dotted key: " + key);
            }
            if (!seen.add(key)) {
                problems.add("defined twice: " + key);
            }
        }
        return problems;
    }
}
