package org.outboxdoctor.mailprograms;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preferences read from a prefs.js: strings, integers and booleans by name, and how many statements could not
 * be read. A value of another type than asked for counts as absent, as it does in Thunderbird.
 */
record Prefs(Map<String, Object> values, int skippedLines) {

    Prefs {
        values = Map.copyOf(values);
    }

    Optional<String> string(String name) {
        return values.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A string that is there and not blank. */
    Optional<String> text(String name) {
        return string(name).map(String::trim).filter(s -> !s.isEmpty());
    }

    Optional<Integer> integer(String name) {
        return values.get(name) instanceof Integer i ? Optional.of(i) : Optional.empty();
    }

    Optional<Boolean> bool(String name) {
        return values.get(name) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /** A comma-separated list such as mail.accountmanager.accounts, without blanks. */
    List<String> list(String name) {
        return string(name).map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList())
                .orElse(List.of());
    }
}
