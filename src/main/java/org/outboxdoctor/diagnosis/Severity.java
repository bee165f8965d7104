package org.outboxdoctor.diagnosis;

import java.util.Locale;

/** How much a finding matters, from good news to "this stops your mail". */
public enum Severity {
    OK, INFO, WARNING, PROBLEM;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
