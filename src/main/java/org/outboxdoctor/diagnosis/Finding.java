package org.outboxdoctor.diagnosis;

import java.util.Comparator;
import java.util.List;

/**
 * One conclusion: a stable code, how much it matters, how sure it is, a plain title and explanation, the evidence
 * it rests on (server replies, lookups) and numbered steps to fix it.
 *
 * @param settle for a finding that is not proven: how the user can tell for sure (empty when proven)
 */
public record Finding(FindingCode code, Severity severity, Certainty certainty, String title, String detail,
                      List<String> evidence, List<String> fix, String settle) {

    /** Problems first, then the surer ones, then by how surely the cause stops sending. */
    public static final Comparator<Finding> RANKING = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::certainty)
            .thenComparing(Finding::code);

    public Finding {
        evidence = List.copyOf(evidence);
        fix = List.copyOf(fix);
        settle = settle == null ? "" : settle;
    }

    /** A proven finding. */
    public Finding(FindingCode code, Severity severity, String title, String detail, List<String> evidence, List<String> fix) {
        this(code, severity, Certainty.PROVEN, title, detail, evidence, fix, "");
    }

    /** The same finding, only as sure as {@code certainty}, with how to settle it. */
    Finding as(Certainty less, String howToSettle) {
        return new Finding(code, severity, less, title, detail, evidence, fix, howToSettle);
    }
}
