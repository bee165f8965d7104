package org.outboxdoctor.bench;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.outboxdoctor.practice.PracticeScenario;
import org.outboxdoctor.ui.AppServices;
import org.outboxdoctor.ui.CheckSession;
import org.outboxdoctor.ui.FxmlView;
import org.outboxdoctor.ui.MainWindow;
import org.outboxdoctor.ui.ViewFactory;
import org.outboxdoctor.ui.WizardController;
import org.outboxdoctor.ui.WizardStep;

/**
 * The app's window as DesktopApp opens it (its own worker threads, a throw-away preferences node), driven from a
 * thread other than the FX thread through practice checks: what the benchmarks and the screenshot tool share.
 */
final class PracticeWindow {

    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "practice-window-worker");
        thread.setDaemon(true);
        return thread;
    });
    final Stage stage;
    final AppServices services;
    final ViewFactory views;
    final WizardController wizard;
    private final MainWindow window;
    private final Preferences node = Preferences.userRoot().node("org/outboxdoctor/bench/" + UUID.randomUUID());

    /** Opens the window; call on the FX thread. */
    PracticeWindow(Stage stage) {
        this(stage, java.util.Locale.getDefault());
    }

    /** Opens the window in {@code language}'s language, as on a computer set to it; call on the FX thread. */
    PracticeWindow(Stage stage, java.util.Locale language) {
        this.stage = stage;
        services = AppServices.create(executor, node, language);
        views = new ViewFactory(services);
        window = new MainWindow(stage, views, services);
        wizard = (WizardController) window.showPage(FxmlView.WIZARD).controller();
        window.open();
    }

    /** Runs {@code work} on a thread of its own, then closes the window and ends the JVM (status 1 if it threw). */
    void drive(String name, Callable<Void> work) {
        Thread thread = new Thread(() -> {
            int status = 0;
            try {
                work.call();
            } catch (Exception e) {
                e.printStackTrace();
                status = 1;
            }
            int exit = status;
            Platform.runLater(() -> {
                window.stopEverything();
                try {
                    node.removeNode();
                } catch (Exception ignored) {
                    // a node left in the preferences harms nothing
                }
                Platform.exit();
                System.exit(exit);
            });
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts the scenario as the picker does ({@code whenStarted} runs on the FX thread once its check runs), and
     * waits until the check has finished.
     */
    void check(String scenarioId, Runnable whenStarted) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.runLater(() -> {
            PracticeScenario scenario = views.practice().scenarios().stream().filter(s -> s.id().equals(scenarioId))
                    .findFirst().orElseThrow();
            views.practice().start(scenario, () -> {
                whenStarted.run();
                wizard.goTo(WizardStep.CHECK_PASSWORD);
                started.complete(null);
            }, reason -> started.completeExceptionally(new IllegalStateException(reason)));
        });
        started.get(60, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (onFx(() -> views.session().state()) != CheckSession.State.FINISHED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(scenarioId + " did not finish within 120 s");
            }
            Thread.sleep(100);
        }
    }

    /** {@code task}'s result, computed on the FX thread. */
    static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
