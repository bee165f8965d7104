package org.outboxdoctor.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;

/**
 * One live-check page of the wizard, whole: the finding codes it reports, its texts, the rows it shows while the
 * check runs and the judgements it shows afterwards. The page itself is the shared {@code live-step.fxml} with
 * {@link LiveStepController}; adding a page is adding a subclass, its texts and a {@link CheckStep} constant.
 */
abstract class LiveStep {
    private final String texts;
    private final Set<FindingCode> codes;

    /**
     * @param texts the page's texts in messages.properties: {@code <texts>.title}, {@code .intro} (what the help
     *              article says), {@code .ok} (the headline when all went well) and {@code .unknown} (when nothing
     *              could be checked); {@code MessageKeysTest} reads them from this call
     */
    LiveStep(String texts, FindingCode first, FindingCode... rest) {
        this.texts = texts;
        codes = Set.copyOf(EnumSet.of(first, rest));
    }

    /** The finding codes this page reports (each code belongs to exactly one page; {@code CheckStepTest} proves it). */
    final Set<FindingCode> codes() {
        return codes;
    }

    final String title(Messages messages) {
        return messages.get(texts + ".title");
    }

    /** What the help article says, in two sentences, above the rows. */
    final String intro(Messages messages) {
        return messages.get(texts + ".intro");
    }

    /** The headline when none of its findings is a problem and something went well. */
    final String okHeadline(Messages messages) {
        return messages.get(texts + ".ok");
    }

    /** The headline when nothing could be checked. */
    final String unknownHeadline(Messages messages) {
        return messages.get(texts + ".unknown");
    }

    /** Whether this page shows {@code judgement} as one of its rows after the run. */
    abstract boolean shows(Judgement judgement);

    /** The rows before the first progress event (the engine's STARTED events add the rest). */
    List<Row> firstRows(LiveRows.Run run) {
        return List.of();
    }

    /** How a progress event changes this page's rows while the check runs. */
    abstract void progress(ProgressEvent event, LiveRows rows, LiveRows.Run run);

    /**
     * The headline when this page has no finding of its own and no row went well: that something here did not work
     * as it should when a row says so, else "could not be checked"; a page may say more (the Blacklist page says
     * nothing is known).
     */
    CheckOutcome.StepResult nothingKnown(CheckStep step, List<Row> rows, Messages messages) {
        boolean trouble = rows.stream().anyMatch(r -> r.look() == StatusLook.WARNING || r.look() == StatusLook.PROBLEM);
        return trouble ? new CheckOutcome.StepResult(step, StatusLook.WARNING, messages.get("steps.trouble"), "", rows)
                : new CheckOutcome.StepResult(step, StatusLook.INFO, unknownHeadline(messages), "", rows);
    }

    /** A page whose one row waits for every port: running again when a port starts, done when all have finished. */
    static void waitForEveryPort(ProgressEvent event, LiveRows rows, LiveRows.Run run, String key, String runningText) {
        if (event instanceof ProgressEvent.Started started && started.probe() instanceof ProbeId.SmtpPort) {
            rows.put(LiveRows.running(key, runningText));
        } else if (event instanceof ProgressEvent.PortChecked && run.everyPortFinished()) {
            rows.put(run.done(key));
        }
    }
}
