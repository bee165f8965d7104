package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.outboxdoctor.export.MailProgram;

/**
 * One conclusion: a stable code, how much it matters, how sure it is, a plain title and explanation, the evidence
 * it rests on (server replies, lookups) and numbered steps to fix it.
 *
 * @param settle for a finding that is not proven: how the user can tell for sure (empty when proven)
 * @param fixPrograms for each line of {@code fix}, the mail programs it is written for; an empty set means every
 *     program. Empty as a whole when no line is written for one program.
 */
public record Finding(FindingCode code, Severity severity, Certainty certainty, String title, String detail,
                      List<String> evidence, List<String> fix, String settle, List<Set<MailProgram>> fixPrograms) {

    /** Problems first, then the surer ones, then by how surely the cause stops sending. */
    public static final Comparator<Finding> RANKING = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::certainty)
            .thenComparing(Finding::code);

    public Finding {
        evidence = List.copyOf(evidence);
        fix = List.copyOf(fix);
        settle = settle == null ? "" : settle;
        List<Set<MailProgram>> programs = new ArrayList<>();
        for (int i = 0; i < fix.size(); i++) {
            programs.add(fixPrograms == null || fixPrograms.isEmpty() ? Set.of() : Set.copyOf(fixPrograms.get(i)));
        }
        if (fixPrograms != null && !fixPrograms.isEmpty() && fixPrograms.size() != fix.size()) {
            throw new IllegalArgumentException("one set of programs per fix line: " + fixPrograms.size() + " for " + fix.size());
        }
        fixPrograms = Collections.unmodifiableList(programs);
    }

    /** A finding whose fix lines are for every mail program. */
    public Finding(FindingCode code, Severity severity, Certainty certainty, String title, String detail,
                   List<String> evidence, List<String> fix, String settle) {
        this(code, severity, certainty, title, detail, evidence, fix, settle, List.of());
    }

    /** A proven finding. */
    public Finding(FindingCode code, Severity severity, String title, String detail, List<String> evidence, List<String> fix) {
        this(code, severity, Certainty.PROVEN, title, detail, evidence, fix, "");
    }

    /**
     * The fix for the person who uses {@code program}: the lines for every program and the ones written for theirs,
     * in order. {@code null} ("I don't know") gives every line.
     */
    public List<String> fixFor(MailProgram program) {
        return select(fix, fixPrograms, program);
    }

    /** {@link #fixFor} over lines a view keeps (redacted copies of {@link #fix} with {@link #fixPrograms}). */
    public static List<String> select(List<String> fix, List<Set<MailProgram>> fixPrograms, MailProgram program) {
        return FixLines.select(fix, fixPrograms, program);
    }

    /** The same finding, only as sure as {@code certainty}, with how to settle it. */
    Finding as(Certainty less, String howToSettle) {
        return new Finding(code, severity, less, title, detail, evidence, fix, howToSettle, fixPrograms);
    }
}
