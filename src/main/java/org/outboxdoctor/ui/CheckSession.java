package org.outboxdoctor.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.outboxdoctor.diagnosis.Diagnoser;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.engine.Engine;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.report.ReportStamp;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.ui.CheckOutcome.Row;
import org.outboxdoctor.ui.CheckOutcome.StepResult;

/**
 * Drives the engine for the wizard; the only UI class that touches {@code engine} and {@code diagnosis}.
 *
 * <p>{@link #start()} builds the request from the {@link CheckForm} (the same defaults as {@code check}) and
 * hands the blocking {@link Engine#run} to the injected background executor, never the FX thread. Progress
 * events arrive on probe threads and are passed to the injected FX executor ({@code Platform::runLater} in the
 * app), where each page's {@link LiveStep} updates its rows from the typed event: a probe that starts gets a running
 * row for what the engine really tries, a finished one is marked tried. When the run ends, the diagnosis and the
 * redacted presentation are
 * made on the background thread, the run's copy of the password is wiped, and the {@link CheckOutcome} is
 * published on the FX thread.
 *
 * <p>{@link #cancel()} stops every probe at once ({@link Engine#cancel()} closes every socket) and puts the
 * session back into an editable state immediately; whatever the cancelled run still reports is ignored.
 * All methods except the background work run on the FX thread.
 */
public final class CheckSession {

    /** Where the session is. */
    public enum State {
        /** Nothing ran yet. */
        IDLE,
        RUNNING,
        /** The last run ended and its outcome is published. */
        FINISHED,
        /** The last run was cancelled; the inputs can be changed and a new run started. */
        CANCELLED
    }

    private static final Logger LOG = Logger.getLogger(CheckSession.class.getName());

    private final CheckForm form;
    private final Messages messages;
    private final Executor background;
    private final Executor fxThread;
    private final CheckOptions options;
    private final RunGate gate;
    private final OutcomePresenter presenter;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyObjectWrapper<CheckOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyBooleanWrapper sendingTestMessage = new ReadOnlyBooleanWrapper(this, "sendingTestMessage");
    private final Map<CheckStep, ReadOnlyObjectWrapper<StepResult>> steps = new EnumMap<>(CheckStep.class);
    private final BooleanBinding running;
    private final MailProgramChoice mailProgram = new MailProgramChoice();

    /** Rows of the run in progress, per step, in display order. */
    private final Map<CheckStep, LiveRows> liveRows = new EnumMap<>(CheckStep.class);
    private LiveRows.Run liveRun;

    private Engine engine;
    /** The settings of the run in progress or last started. */
    private MailSettings settings;
    /** While a practice world is open: its options, used instead of {@link #options}. */
    private CheckOptions practiceOptions;
    /** While a practice world is open: its scenario's id and title, for the reports; empty otherwise. */
    private String practiceScenario = "";
    private long generation;
    private long runRevision = -1;

    public CheckSession(CheckForm form, AppServices services) {
        this.form = Objects.requireNonNull(form, "form");
        this.messages = services.messages();
        this.background = services.executor();
        this.fxThread = services.fxThread();
        this.options = services.checkOptions();
        this.clock = services.clock();
        this.gate = new RunGate(clock);
        this.presenter = new OutcomePresenter(messages);
        for (CheckStep step : CheckStep.values()) {
            steps.put(step, new ReadOnlyObjectWrapper<>(this, "step" + step.name(), waiting(step)));
        }
        running = Bindings.createBooleanBinding(() -> state.get() == State.RUNNING, state);
    }

    public CheckForm form() {
        return form;
    }

    /** "Which mail program do you use?", shared by the pages that answer for one program. */
    public MailProgramChoice mailProgram() {
        return mailProgram;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    /** The outcome of the last finished run; {@code null} while running, after a cancel, or before any run. */
    public ReadOnlyObjectProperty<CheckOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True when the run in progress (or the last one) was asked to send a test message. */
    public ReadOnlyBooleanProperty sendingTestMessageProperty() {
        return sendingTestMessage.getReadOnlyProperty();
    }

    /** What a live-check step shows now: running rows during a run, the step's conclusion after it. */
    public ReadOnlyObjectProperty<StepResult> stepProperty(CheckStep step) {
        return steps.get(step).getReadOnlyProperty();
    }

    /** True when a run is going on or has finished for exactly what the form holds now. */
    public boolean upToDate() {
        return (state.get() == State.RUNNING || state.get() == State.FINISHED) && runRevision == form.revisionProperty().get();
    }

    /**
     * Advice against starting another run right now (see {@link RunGate}); empty when a run is fine, and always
     * in practice: the pretend provider lives on this computer and bans nobody.
     */
    public Optional<RunGate.Warning> rerunWarning() {
        return practiceOptions != null ? Optional.empty() : gate.warning();
    }

    /**
     * Starts a run for what the form holds now, cancelling one still going. Call {@link #rerunWarning()} first
     * and let the user decide; this method does not ask.
     */
    public void start() {
        start(false);
    }

    /**
     * Starts a run that also sends a short test message to the user's own address, on the connection that
     * proves it may send, and looks for it in the inbox ("Send me a test message"). A run like any other:
     * call {@link #rerunWarning()} first.
     */
    public void startSendingTestMessage() {
        start(true);
    }

    private void start(boolean sendTestMessage) {
        if (state.get() == State.RUNNING) {
            cancel();
        }
        CheckRequest request = form.request(checkOptions(), sendTestMessage).inLanguage(messages.language());
        settings = request.settings();
        Secret secret = request.account().password();
        String problemText = form.problemProperty().get();
        org.outboxdoctor.export.MailProgram program = mailProgram.program();
        ReportStamp started = ReportStamp.of(clock).inLanguage(messages.language());
        ReportStamp stamp = practiceScenario.isEmpty() ? started : started.practicing(practiceScenario);
        Engine current = new Engine();
        long run = ++generation;
        engine = current;
        runRevision = form.revisionProperty().get();
        Instant counted = practiceOptions == null ? gate.started() : null;
        outcome.set(null);
        sendingTestMessage.set(sendTestMessage);
        beginRows();
        state.set(State.RUNNING);
        background.execute(() -> {
            CheckOutcome result;
            Redactor redactor = new Redactor(request.account().username(), secret);
            try {
                CheckEvidence evidence = current.run(request, event -> fxThread.execute(() -> progress(run, event)));
                if (counted != null && !evidence.reachedAServer()) {
                    fxThread.execute(() -> gate.forget(counted));
                }
                Diagnosis diagnosis = new Diagnoser(messages.language()).diagnose(evidence);
                result = presenter.present(evidence, diagnosis, redactor, problemText, sendTestMessage, stamp, program);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The check could not run", e);
                // a setting the engine refuses (an unreadable trust store, say) in the window's language; anything else
                // is our error, said in words, with Java's own text only in the report for whoever helps
                result = e instanceof org.outboxdoctor.settings.InvalidSettingException setting
                        ? presenter.failed(setting.message(messages.language()), "", redactor, stamp)
                        : presenter.failed(messages.get("check.failedInApp"), e.getClass().getSimpleName() + ": "
                                + e.getMessage(), redactor, stamp);
            } finally {
                secret.close();
            }
            CheckOutcome finished = result;
            fxThread.execute(() -> finished(run, finished));
        });
    }

    /** Stops the run at once: every connection is closed, and the session is editable again. */
    public void cancel() {
        if (state.get() != State.RUNNING) {
            return;
        }
        engine.cancel();
        generation++;
        for (CheckStep step : CheckStep.values()) {
            List<Row> stopped = liveRows.get(step).rows().stream()
                    .map(row -> row.look() == StatusLook.RUNNING
                            ? new Row(row.key(), StatusLook.INFO, messages.get("row.stopped"), row.evidence(), row.transcript())
                            : row)
                    .toList();
            steps.get(step).set(new StepResult(step, StatusLook.INFO, messages.get("step.stopped"), "", stopped));
        }
        state.set(State.CANCELLED);
    }

    /** Forgets the run's outcome and returns every step to "waiting" (used when the user starts over). */
    public void reset() {
        cancel();
        outcome.set(null);
        for (CheckStep step : CheckStep.values()) {
            steps.get(step).set(waiting(step));
        }
        state.set(State.IDLE);
        runRevision = -1;
    }

    /**
     * Runs from now on use {@code practice} (a practice world's options, every endpoint on loopback) instead of
     * the options from {@link AppServices}; {@code null} goes back to those. Set by {@link PracticeMode}.
     */
    public void usePracticeOptions(CheckOptions practice) {
        usePracticeOptions(practice, "");
    }

    /** As {@link #usePracticeOptions(CheckOptions)}, and the reports of these runs say PRACTICE and {@code scenario}. */
    public void usePracticeOptions(CheckOptions practice, String scenario) {
        practiceOptions = practice;
        practiceScenario = practice == null ? "" : scenario;
    }

    /** The options the next run uses: the practice world's while one is open, otherwise {@link AppServices}'. */
    public CheckOptions checkOptions() {
        return practiceOptions != null ? practiceOptions : options;
    }

    // ------------------------------------------------------------------ live rows

    /** The rows a run shows before its first progress event; each page's {@link LiveStep} says which. */
    private void beginRows() {
        liveRun = new LiveRows.Run(settings.server(), settings.port(), messages);
        for (CheckStep step : CheckStep.values()) {
            liveRows.put(step, new LiveRows(step.firstRows(liveRun)));
        }
        publishLiveRows();
    }

    private void progress(long run, ProgressEvent event) {
        if (run != generation || state.get() != State.RUNNING) {
            return; // a cancelled or replaced run
        }
        liveRun.heard(event);
        for (CheckStep step : CheckStep.values()) {
            step.progress(event, liveRows.get(step), liveRun);
        }
        publishLiveRows();
    }

    private void publishLiveRows() {
        for (CheckStep step : CheckStep.values()) {
            steps.get(step).set(new StepResult(step, StatusLook.RUNNING, messages.get("step.running"), "",
                    liveRows.get(step).rows()));
        }
    }

    private void finished(long run, CheckOutcome result) {
        if (run != generation) {
            return;
        }
        engine = null;
        for (CheckStep step : CheckStep.values()) {
            steps.get(step).set(result.step(step));
        }
        outcome.set(result);
        state.set(State.FINISHED);
    }

    private StepResult waiting(CheckStep step) {
        return new StepResult(step, null, messages.get("step.waiting"), "", List.of());
    }

}
