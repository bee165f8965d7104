package org.outboxdoctor.diagnosis;

import java.util.Locale;

/**
 * How sure a finding is. A finding is never more certain than its evidence: a helpdesk forgives "most likely, and
 * here is how to tell" but not a wrong answer stated as fact.
 */
public enum Certainty {
    /** The evidence shows it directly (the server said so, both logins refused the password). */
    PROVEN,
    /** The best explanation of the evidence; the finding names the missing piece and how to settle it. */
    LIKELY,
    /** One explanation among others; the finding says how to tell them apart. */
    POSSIBLE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The certainty a data file names by its word ("proven", "likely", "possible"). */
    public static java.util.Optional<Certainty> byWord(String word) {
        return java.util.Arrays.stream(values()).filter(c -> c.word().equals(word)).findFirst();
    }
}
