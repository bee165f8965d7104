package org.outboxdoctor.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.outboxdoctor.practice.PracticeCatalog;
import org.outboxdoctor.practice.PracticeScenario;
import org.outboxdoctor.practice.PracticeWorld;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.ui.CheckForm.AuthChoice;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;

/**
 * The wizard's practice mode: at most one {@link PracticeWorld} open per window, and the check pointed at it.
 *
 * <p>{@link #start} closes the world that is open, starts the scenario's world on the background executor
 * (never the FX thread: starting binds ports and starts GreenMail), then, back on the FX thread, fills the
 * {@link CheckForm} with the scenario's mail program (its typed password too: the password field masks it),
 * points the {@link CheckSession} at the world's options and starts the very check the wizard runs for real
 * users. {@link #leave()} stops the run, empties the form, goes back to the real options and closes the world
 * in the background. Nothing of the scenario is kept: the password lives only in the password field while the
 * scenario is open, and the world's own copies are wiped when it closes.
 *
 * <p>All methods run on the FX thread except {@link #closeNow()}, which the app calls when it stops.
 */
public final class PracticeMode {

    private static final Logger LOG = Logger.getLogger(PracticeMode.class.getName());

    private final CheckSession session;
    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<PracticeScenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(this, "starting");

    private List<PracticeScenario> scenarios;
    private PracticeWorld world;
    private long generation;
    /** The form's revision once the scenario's mail program was filled in: a later one means the trainee changed it. */
    private long filledRevision = -1;
    private WizardPage.WizardNavigator navigator;
    private final java.util.Locale language;

    public PracticeMode(CheckSession session, AppServices services) {
        this.session = Objects.requireNonNull(session, "session");
        this.background = services.executor();
        this.fxThread = services.fxThread();
        this.language = services.messages().language();
    }

    /**
     * Called once by the wizard frame: going back to the Welcome page (Back, the list of steps, the picker's Back,
     * "Leave practice") leaves practice, and the answer page's buttons move the wizard through {@code wizard}.
     */
    public void attach(WizardPage.WizardNavigator wizard, ReadOnlyObjectProperty<WizardStep> current) {
        this.navigator = Objects.requireNonNull(wizard, "wizard");
        current.addListener((observable, before, now) -> {
            if (now == WizardStep.WELCOME) {
                leave();
            }
        });
    }

    /**
     * "Try another scenario": closes the open scenario (its marks in the step list, its answer and its PRACTICE
     * strip go with it, so nothing of the last run is mistaken for the next one) and shows the picker.
     */
    public void pickAnother() {
        leave();
        if (navigator != null) {
            navigator.showPracticePicker();
        }
    }

    /** "Leave practice": back to the Welcome page, which closes the scenario. */
    public void leaveToWelcome() {
        if (navigator != null) {
            navigator.goTo(WizardStep.WELCOME);
        }
        leave();
    }

    /** Every scenario of the catalog, in its order (read once). */
    public List<PracticeScenario> scenarios() {
        if (scenarios == null) {
            scenarios = PracticeCatalog.load().scenarios();
        }
        return scenarios;
    }

    /** The scenario whose world is open; {@code null} outside practice. The badge shows exactly while it is set. */
    public ReadOnlyObjectProperty<PracticeScenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** True while a world is being started. */
    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public boolean active() {
        return scenario.get() != null;
    }

    /** True when the trainee changed the scenario's settings (a password retyped, another port) since it started. */
    public boolean settingsChanged() {
        return active() && session.form().revisionProperty().get() != filledRevision;
    }

    /**
     * Leaves the open scenario (if any), starts {@code chosen}'s world in the background, and once it runs
     * fills the form and starts the check; then {@code started} runs on the FX thread. If the world cannot start,
     * {@code failed} gets the reason instead.
     */
    public void start(PracticeScenario chosen, Runnable started, Consumer<String> failed) {
        Objects.requireNonNull(chosen, "chosen");
        leave();
        long run = ++generation;
        starting.set(true);
        background.execute(() -> {
            PracticeWorld opened;
            try {
                opened = PracticeWorld.start(chosen);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The practice scenario could not start", e);
                String reason = String.valueOf(e.getMessage());
                fxThread.execute(() -> {
                    if (run == generation) {
                        starting.set(false);
                        failed.accept(reason);
                    }
                });
                return;
            }
            fxThread.execute(() -> opened(run, opened, started));
        });
    }

    private void opened(long run, PracticeWorld opened, Runnable started) {
        if (run != generation) {
            // left, or another scenario was chosen, while this one was starting
            background.execute(opened::close);
            return;
        }
        world = opened;
        starting.set(false);
        fill(session.form(), opened);
        filledRevision = session.form().revisionProperty().get();
        session.usePracticeOptions(opened.options(), opened.scenario().id() + " (" + opened.scenario().title(language) + ")");
        scenario.set(opened.scenario());
        session.start();
        started.run();
    }

    /** Stops the run, empties the form and closes the world in the background; nothing happens outside practice. */
    public void leave() {
        generation++;
        starting.set(false);
        if (world == null) {
            return;
        }
        PracticeWorld closing = world;
        world = null;
        session.reset();
        session.usePracticeOptions(null);
        clear(session.form());
        scenario.set(null);
        background.execute(closing::close);
    }

    /** Window closed: stops the run and closes the world before returning (any thread). */
    public void closeNow() {
        generation++;
        PracticeWorld closing = world;
        world = null;
        if (closing != null) {
            session.cancel();
            closing.close();
        }
    }

    private static void fill(CheckForm form, PracticeWorld world) {
        PracticeScenario.MailProgram program = world.scenario().mailProgram();
        form.problemProperty().set("");
        form.emailProperty().set(program.address());
        form.usernameProperty().set(program.username());
        char[] typed = world.typedPassword();
        try {
            form.passwordProperty().set(new String(typed));
        } finally {
            Secret.wipe(typed);
        }
        form.serverProperty().set(program.server());
        form.portProperty().set(String.valueOf(program.port()));
        form.securityProperty().set(switch (program.security()) {
            case STARTTLS -> SecurityChoice.STARTTLS;
            case TLS -> SecurityChoice.TLS;
            case NONE -> SecurityChoice.NONE;
        });
        form.authProperty().set(program.auth() ? AuthChoice.YES : AuthChoice.NO);
    }

    private static void clear(CheckForm form) {
        form.forgetPassword();
        form.problemProperty().set("");
        form.emailProperty().set("");
        form.usernameProperty().set("");
        form.serverProperty().set("");
        form.portProperty().set("");
        form.securityProperty().set(SecurityChoice.DONT_KNOW);
        form.authProperty().set(AuthChoice.DONT_KNOW);
    }
}
