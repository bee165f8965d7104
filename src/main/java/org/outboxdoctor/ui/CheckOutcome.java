package org.outboxdoctor.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.outboxdoctor.diagnosis.Certainty;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.export.HandOver;
import org.outboxdoctor.export.MailProgram;

/**
 * A finished run as the pages show it, built by {@link OutcomePresenter} on the background thread while the
 * password was still known to the redactor: every string in here is already redacted, so nothing on screen,
 * in the clipboard or in a saved file can show the password after it has been wiped.
 *
 * @param verdict      the diagnosis' one-word answer
 * @param findings     ranked, as the diagnosis ranked them
 * @param recommended  the settings to type into the mail program, if the check found some
 * @param steps        what each live-check step shows
 * @param textReport   the plain-text report for a ticket ("Copy report")
 * @param htmlReport   the HTML report ("Save report…")
 * @param failure      why the check could not run at all (bad DNS setting, internal error); empty normally
 * @param testMessage  what became of the test message, when this run was asked to send one
 * @param errorMessage whether the check saw what the error message of step 1 said, in one sentence; empty when no
 *                     message was given
 * @param handOver     the settings the run proved, for the mail programs' files and steps (no password in them);
 *                     empty when no way to send was proven
 * @param provider     the provider's name when its profile is known ("Gmail / Google Workspace")
 */
public record CheckOutcome(Verdict verdict, List<FindingView> findings, Optional<RecommendedSettings> recommended,
                           Map<CheckStep, StepResult> steps, String textReport, String htmlReport,
                           Optional<String> failure, Optional<TestMessageView> testMessage,
                           Optional<ErrorMessageView> errorMessage, Optional<HandOver> handOver,
                           Optional<String> provider) {

    public CheckOutcome {
        findings = List.copyOf(findings);
        steps = Map.copyOf(steps);
    }

    /** The finding codes in ranked order, as {@code check --json} lists them. */
    public List<FindingCode> codes() {
        return findings.stream().map(FindingView::code).toList();
    }

    public StepResult step(CheckStep step) {
        return steps.get(step);
    }

    /**
     * One line of a live-check step: how it looks, one plain sentence, and the evidence and redacted
     * transcript behind it (shown under "Details").
     *
     * @param key  a stable id ("dns", "port-587", "login-imap-993", "auth-465", "cert-465", "relay-587",
     *             "public-ip", "dnsbl-bl_spamcop_net-127_0_0_2"…)
     * @param link a web page that helps with this row (a blocklist's removal page), empty when there is none
     */
    public record Row(String key, StatusLook look, String sentence, List<String> evidence, List<String> transcript,
                      String link) {

        public Row {
            evidence = List.copyOf(evidence);
            transcript = List.copyOf(transcript);
            link = link == null ? "" : link;
        }

        /** A row without a link. */
        public Row(String key, StatusLook look, String sentence, List<String> evidence, List<String> transcript) {
            this(key, look, sentence, evidence, transcript, "");
        }

        public boolean hasDetails() {
            return !evidence.isEmpty() || !transcript.isEmpty();
        }
    }

    /**
     * What one live-check step concluded.
     *
     * @param headline the step's answer in one sentence (its most serious finding, or a plain "all good")
     * @param detail   one or two sentences of explanation; may be empty
     */
    public record StepResult(CheckStep step, StatusLook look, String headline, String detail, List<Row> rows) {

        public StepResult {
            rows = List.copyOf(rows);
        }
    }

    /**
     * What became of the test message ("Send me a test message"), in one plain sentence.
     *
     * @param look OK when it arrived in the inbox, WARNING when it was sent but not seen there, PROBLEM when it
     *             could not be sent
     */
    public record TestMessageView(StatusLook look, String sentence) {
    }

    /**
     * The error message of step 1 held against the check ({@code explain.ErrorComparison}).
     *
     * @param confirmed true when the check saw the same, false when it did not, empty when it cannot tell
     */
    public record ErrorMessageView(Optional<Boolean> confirmed, String sentence) {
    }

    /**
     * One finding of the diagnosis with its look and how sure it is; texts redacted.
     *
     * @param fixPrograms for each fix line, the mail programs it is written for (empty: every program)
     */
    public record FindingView(FindingCode code, StatusLook look, Certainty certainty, String title, String detail,
                              String settle, List<String> fix, List<Set<MailProgram>> fixPrograms, List<String> evidence) {

        public FindingView {
            fix = List.copyOf(fix);
            fixPrograms = List.copyOf(fixPrograms);
            evidence = List.copyOf(evidence);
        }

        /** The fix lines for the person who uses {@code program} ({@code null}: every line), as the diagnosis selects them. */
        public List<String> fixFor(MailProgram program) {
            return Finding.select(fix, fixPrograms, program);
        }
    }
}
