package org.outboxdoctor.diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * The ranked findings of one run, its verdict, the settings that work, and a judgement of every probe (in the
 * order the wizard's pages show them).
 */
public record Diagnosis(Verdict verdict, List<Finding> findings, Optional<RecommendedSettings> recommended,
                        List<Judgement> judgements) {

    public Diagnosis {
        findings = List.copyOf(findings);
        judgements = List.copyOf(judgements);
    }

    /** The judgement with this key ("port-587", "login-imap-993"…), if the run made one. */
    public Optional<Judgement> judgement(String key) {
        return judgements.stream().filter(j -> j.key().equals(key)).findFirst();
    }

    /** The judgement of a probe's main aspect: its connection, its login, its listing. */
    public Optional<Judgement> judgementOf(org.outboxdoctor.evidence.ProbeId probe) {
        return judgements.stream().filter(j -> j.probe().equals(probe) && j.aspect().main()).findFirst();
    }

    public Optional<Finding> top() {
        return findings.stream().findFirst();
    }

    public List<FindingCode> codes() {
        return findings.stream().map(Finding::code).toList();
    }
}
