package org.outboxdoctor.diagnosis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outboxdoctor.evidence.CheckEvidence;

/** Collects findings, one per code, in the words of one language, and turns them into the ranked diagnosis. */
final class FindingSet {
    private final Map<FindingCode, Finding> byCode = new EnumMap<>(FindingCode.class);
    private final FindingTexts texts;

    FindingSet(FindingTexts texts) {
        this.texts = texts;
    }

    /**
     * The text for {@code key} in findings.properties with {@code {0}}... filled in. Write the key out as a
     * literal here, never built from pieces: FindingKeysTest finds keys by reading the calls.
     */
    String text(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    void add(FindingCode code, Severity severity, String title, String detail, List<String> evidence, List<String> fix) {
        byCode.putIfAbsent(code, new Finding(code, severity, title, detail, evidence, fix));
    }

    /** A finding whose fix has lines written for some mail programs only. */
    void add(FindingCode code, Severity severity, String title, String detail, List<String> evidence, FixLines fix) {
        byCode.putIfAbsent(code, new Finding(code, severity, Certainty.PROVEN, title, detail, evidence, fix.lines(), "",
                fix.programs()));
    }

    /** Replaces what an earlier, more general rule said about the same code. */
    void put(FindingCode code, Severity severity, String title, String detail, List<String> evidence, List<String> fix) {
        byCode.put(code, new Finding(code, severity, title, detail, evidence, fix));
    }

    /**
     * Marks the finding already made for {@code code} as only {@code certainty}, with the sentence that tells the
     * user how to settle it. Rules state what the evidence shows with {@link #add}, then say here where it falls short.
     */
    void notProven(FindingCode code, Certainty certainty, String howToSettle) {
        byCode.computeIfPresent(code, (c, finding) -> finding.as(certainty, howToSettle));
    }

    boolean has(FindingCode code) {
        return byCode.containsKey(code);
    }

    boolean hasProblem() {
        return byCode.values().stream().anyMatch(x -> x.severity() == Severity.PROBLEM);
    }

    Diagnosis conclude(CheckEvidence e, Optional<RecommendedSettings> recommended, boolean currentWork,
                       List<Judgement> judgements) {
        List<Finding> ranked = byCode.values().stream().sorted(Finding.RANKING).toList();
        Verdict verdict;
        if (has(FindingCode.OFFLINE) || e.cancelled()) {
            verdict = Verdict.INCOMPLETE;
        } else if (currentWork && !hasProblem()) {
            verdict = Verdict.CAN_SEND;
        } else if (hasProblem() || recommended.isPresent() || e.finished()) {
            verdict = Verdict.PROBLEM;
        } else {
            verdict = Verdict.INCOMPLETE;
        }
        return new Diagnosis(verdict, ranked, recommended, judgements);
    }
}
