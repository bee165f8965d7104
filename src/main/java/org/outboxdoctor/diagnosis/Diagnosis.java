package org.outboxdoctor.diagnosis;

import java.util.List;
import java.util.Optional;

/** The ranked findings of one run, its verdict, and the settings that work. */
public record Diagnosis(Verdict verdict, List<Finding> findings, Optional<RecommendedSettings> recommended) {

    public Diagnosis {
        findings = List.copyOf(findings);
    }

    public Optional<Finding> top() {
        return findings.stream().findFirst();
    }

    public List<FindingCode> codes() {
        return findings.stream().map(Finding::code).toList();
    }
}
