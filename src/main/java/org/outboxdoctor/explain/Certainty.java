package org.outboxdoctor.explain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How sure a message alone makes us of its cause (design.md: proven, likely, possible). */
public enum Certainty {
    PROVEN,
    LIKELY,
    POSSIBLE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Certainty> byWord(String word) {
        return Arrays.stream(values()).filter(c -> c.word().equals(word)).findFirst();
    }
}
