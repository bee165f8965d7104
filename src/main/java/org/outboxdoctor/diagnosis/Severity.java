package org.outboxdoctor.diagnosis;

import java.util.Locale;

/**
 * How much a finding or a probe's judgement matters, from good news to "this stops your mail". UNKNOWN is only
 * for a probe that could not say anything (a blocklist that gave no usable answer): it counts neither way.
 */
public enum Severity {
    OK, UNKNOWN, INFO, WARNING, PROBLEM;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
