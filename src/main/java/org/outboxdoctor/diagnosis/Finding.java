package org.outboxdoctor.diagnosis;

import java.util.Comparator;
import java.util.List;

/**
 * One conclusion: a stable code, how much it matters, a plain title and explanation, the evidence
 * it rests on (server replies, lookups) and numbered steps to fix it.
 */
public record Finding(FindingCode code, Severity severity, String title, String detail, List<String> evidence,
                      List<String> fix) {

    /** Problems first, then by how surely the cause stops sending. */
    public static final Comparator<Finding> RANKING = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::code);

    public Finding {
        evidence = List.copyOf(evidence);
        fix = List.copyOf(fix);
    }
}
