package org.outboxdoctor.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.diagnosis.Severity;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.explain.ErrorComparison;
import org.outboxdoctor.explain.ExplainTexts;
import org.outboxdoctor.explain.Explainer;
import org.outboxdoctor.export.HandOver;
import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.export.SetupSteps;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.report.CheckReport;
import org.outboxdoctor.report.HtmlReport;
import org.outboxdoctor.report.ReportStamp;
import org.outboxdoctor.report.SettingsHandOver;
import org.outboxdoctor.report.TextReport;
import org.outboxdoctor.ui.CheckOutcome.ErrorMessageView;
import org.outboxdoctor.ui.CheckOutcome.FindingView;
import org.outboxdoctor.ui.CheckOutcome.Row;
import org.outboxdoctor.ui.CheckOutcome.StepResult;
import org.outboxdoctor.ui.CheckOutcome.TestMessageView;

/**
 * Turns one run's diagnosis into what the pages show: per page a headline (its most serious finding) and one row
 * per judgement the page shows, the ranked findings, and both reports. It judges nothing: severities and sentences
 * are the diagnosis'.
 *
 * <p>Runs on the background thread while the password is still known to the {@link Redactor}; every string
 * it returns goes through the redactor.
 */
final class OutcomePresenter {

    private final Messages messages;
    /** Loaded on the background thread the first time a run has an error message to compare. */
    private Explainer explainer;

    OutcomePresenter(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The outcome of a run that ended (normally, by the deadline, or cancelled).
     *
     * @param testMessageAsked the run was asked to send a test message to the user's own address
     * @param stamp            when and where the reports were made (and the practice scenario, if any)
     * @param program          the user's mail program, whose steps the HTML report shows first; null for all alike
     */
    CheckOutcome present(CheckEvidence e, Diagnosis d, Redactor redactor, String problemText, boolean testMessageAsked,
                         ReportStamp stamp, MailProgram program) {
        UnaryOperator<String> r = redactor::redact;
        List<FindingView> findings = d.findings().stream().map(f -> view(f, r)).toList();

        Map<CheckStep, StepResult> steps = new EnumMap<>(CheckStep.class);
        for (CheckStep step : CheckStep.values()) {
            steps.put(step, step(step, e, d, r));
        }

        CheckReport report = new CheckReport(e, d, redactor, stamp);
        String note = problemText == null || problemText.isBlank() ? "" : problemText.strip();
        Optional<ErrorMessageView> errorMessage = note.isEmpty() ? Optional.empty() : compare(note, d, r);
        String text = TextReport.render(report, true);
        if (errorMessage.isPresent()) {
            text = errorMessage.get().sentence() + System.lineSeparator() + text;
        }
        if (!note.isEmpty()) {
            text = r.apply(messages.format("report.userSaw", note)) + System.lineSeparator() + text;
        }
        String html = HtmlReport.render(report, true, note.isEmpty() ? "" : messages.format("report.userSaw", note), program);
        Optional<RecommendedSettings> recommended = d.recommended().map(s -> new RecommendedSettings(r.apply(s.server()),
                s.port(), s.security(), r.apply(s.username()), s.auth(), s.proven()));
        Optional<TestMessageView> testMessage = testMessageAsked ? Optional.of(testMessage(d, r)) : Optional.empty();
        // the hand-over holds no password; should one of its names carry it, nothing is handed over at all
        Optional<HandOver> handOver = SettingsHandOver.of(report)
                .filter(h -> SetupSteps.text(h).equals(r.apply(SetupSteps.text(h))));
        return new CheckOutcome(d.verdict(), findings, recommended, steps, text, html, Optional.empty(), testMessage,
                errorMessage, handOver, SettingsHandOver.providerName(e).map(r));
    }

    /** The outcome of a run the engine could not carry out at all. */
    /** @param technical what Java said, for the report only (empty when the reason says it all) */
    CheckOutcome failed(String reason, String technical, Redactor redactor, ReportStamp stamp) {
        String why = redactor.redact(reason == null || reason.isBlank() ? messages.get("check.failedUnknown") : reason);
        String details = technical.isBlank() ? "" : messages.format("check.failedDetails", redactor.redact(technical));
        Map<CheckStep, StepResult> steps = new EnumMap<>(CheckStep.class);
        for (CheckStep step : CheckStep.values()) {
            steps.put(step, new StepResult(step, StatusLook.WARNING, messages.get("step.failed"), why, List.of()));
        }
        String heading = stamp.isPractice() ? stamp.practiceLine() + System.lineSeparator() : "";
        String text = heading + messages.format("check.failed", why) + System.lineSeparator()
                + (details.isEmpty() ? "" : details + System.lineSeparator()) + stamp.sentence() + System.lineSeparator();
        String html = "<!DOCTYPE html>\n<html lang=\"" + messages.choice().code() + "\"><head><meta charset=\"utf-8\"><title>Outbox Doctor</title></head><body><p>"
                + escape(heading + messages.format("check.failed", why)) + "</p>"
                + (details.isEmpty() ? "" : "<p>" + escape(details) + "</p>") + "<p>" + escape(stamp.sentence())
                + "</p></body></html>\n";
        return new CheckOutcome(Verdict.INCOMPLETE, List.of(), Optional.empty(), steps, text, html, Optional.of(why),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The error message the user pasted, held against this run's diagnosis; empty if it cannot be explained at all. */
    private Optional<ErrorMessageView> compare(String message, Diagnosis d, UnaryOperator<String> r) {
        try {
            if (explainer == null) {
                explainer = Explainer.load(messages.language());
            }
            String pasted = message.length() > Explainer.MAX_CHARS ? message.substring(0, Explainer.MAX_CHARS) : message;
            ErrorComparison comparison = ErrorComparison.of(explainer.explain(pasted), d);
            return Optional.of(new ErrorMessageView(comparison.confirmed(),
                    r.apply(comparison.sentence(ExplainTexts.of(messages.language())))));
        } catch (RuntimeException e) {
            // a broken catalogue costs the comparison, never the answer
            return Optional.empty();
        }
    }

    private FindingView view(Finding f, UnaryOperator<String> r) {
        return new FindingView(f.code(), StatusLook.of(f.severity()), f.certainty(), r.apply(f.title()), r.apply(f.detail()),
                r.apply(f.settle()), f.fix().stream().map(r).toList(), f.fixPrograms(), f.evidence().stream().map(r).toList());
    }

    private StepResult step(CheckStep step, CheckEvidence e, Diagnosis d, UnaryOperator<String> r) {
        List<Row> rows = d.judgements().stream().filter(step::shows).map(j -> row(j, r)).toList();
        List<Finding> mine = d.findings().stream().filter(f -> step.codes().contains(f.code())).toList();
        Optional<Finding> top = mine.stream().filter(f -> f.severity() != Severity.OK).findFirst()
                .or(() -> mine.stream().findFirst());
        if (top.isPresent()) {
            Finding f = top.get();
            // the step's other findings (not good news) are explained too, after the most serious one
            StringBuilder detail = new StringBuilder(f.detail());
            mine.stream().filter(other -> other != f && other.severity() != Severity.OK).forEach(other ->
                    detail.append(System.lineSeparator()).append(System.lineSeparator())
                            .append(messages.format("steps.alsoFound", other.title(), other.detail())));
            return new StepResult(step, StatusLook.of(f.severity()), r.apply(f.title()), r.apply(detail.toString()), rows);
        }
        boolean good = rows.stream().anyMatch(row -> row.look() == StatusLook.OK)
                && rows.stream().noneMatch(row -> row.look() == StatusLook.PROBLEM);
        if (e.cancelled() && !good) {
            return new StepResult(step, StatusLook.INFO, messages.get("step.stopped"), "", rows);
        }
        return good ? new StepResult(step, StatusLook.OK, step.okHeadline(messages), "", rows)
                : step.nothingKnown(rows, messages);
    }

    private static Row row(Judgement j, UnaryOperator<String> r) {
        return new Row(j.key(), StatusLook.of(j.severity()), r.apply(j.sentence()), j.evidence().stream().map(r).toList(),
                j.transcript().stream().map(r).toList(), j.link());
    }

    /** What became of the test message, as the diagnosis judged it; "not sent" when no way to send was found. */
    private TestMessageView testMessage(Diagnosis d, UnaryOperator<String> r) {
        return d.judgement("test-message")
                .map(j -> new TestMessageView(StatusLook.of(j.severity()), r.apply(j.sentence())))
                .orElseGet(() -> new TestMessageView(StatusLook.PROBLEM, messages.get("results.testMessage.notSent")));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
