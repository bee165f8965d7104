package org.outboxdoctor.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.stage.Stage;

import org.outboxdoctor.mailprograms.MailPrograms;

/**
 * The JavaFX application: the composition root of the desktop face.
 *
 * <p>It creates the real collaborators (a background {@link ExecutorService}, the user's
 * {@link Preferences} node {@value UiPreferences#NODE_PATH}), hands them to {@link AppServices},
 * and opens the {@link MainWindow} on the first page. Tests do the same with a same-thread executor
 * and a throw-away preferences node instead of going through this class.
 *
 * <p>The preferences node, the message bundle and FXMLLoader's view of the first page's classes are already in the
 * JDK's caches when {@link #start} asks for them: {@link DesktopLauncher} had them read while the toolkit started
 * ({@link StartupWarmUp}). installer/benchmark/benchmark.sh measures the time to this window.
 */
public final class DesktopApp extends Application {

    private ExecutorService executor;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        executor = Executors.newCachedThreadPool(new WorkerThreads());
        AppServices created = AppServices.create(executor, Preferences.userRoot().node(UiPreferences.NODE_PATH))
                .withBrowser(getHostServices()::showDocument);
        AppearanceModel appearance = created.appearance();
        // the notes about found accounts are written in the window's language at the time of the scan
        AppServices services = created.withMailPrograms(
                () -> MailPrograms.forThisComputer(appearance.language().locale()).scan());
        LanguageSwitch.open(stage, services, built -> window = built.window());
        window.open();
        if (SmokeTest.requested(getParameters().getRaw())) {
            SmokeTest.forThisProcess().windowOpened(stage, window.content());
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (window != null) {
            // the window's closing did this already, unless the app was stopped without closing it
            window.stopEverything();
        }
        if (executor != null) {
            executor.shutdown();
            // let a pending preference write finish; the worker threads are daemons and die with the JVM
            executor.awaitTermination(2, TimeUnit.SECONDS);
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "outbox-doctor-ui-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
