package org.outboxdoctor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.outboxdoctor.practice.PracticeScenario;
import org.outboxdoctor.ui.AppServices;
import org.outboxdoctor.ui.CheckSession;
import org.outboxdoctor.ui.FxmlView;
import org.outboxdoctor.ui.MainWindow;
import org.outboxdoctor.ui.PracticeMode;
import org.outboxdoctor.ui.ViewFactory;
import org.outboxdoctor.ui.WizardController;
import org.outboxdoctor.ui.WizardStep;

/**
 * Memory over a long sitting (installer/benchmark/long-sitting.sh runs it under Xvfb): one window, as DesktopApp
 * opens it, runs {@value #RUNS} practice checks one after the other, each started as the picker starts it and
 * followed to the answer page, and prints the process's resident memory (VmRSS) after the 1st, 10th and last run.
 * A report, not a test: it asserts nothing and fails only when it cannot measure.
 *
 * <p>Printed: one line {@code long-sitting-benchmark run=N rss_kib=K heap_used_kib=H} per measured run (resident
 * memory as the system sees it, 2 s after the answer shows, nothing forced by the benchmark), then {@code
 * long-sitting-benchmark live_after_gc_kib=L} (the heap still reachable after a full collection at the end).
 */
public final class LongSittingBenchmark {

    static final int RUNS = 20;
    /** Scenarios that finish within seconds, taken in turn (the blocked-port ones wait for time-outs). */
    static final List<String> SCENARIOS = List.of("healthy", "wrong-password", "relay-denied", "tls-required",
            "certificate-name-mismatch");

    private LongSittingBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Sitting.class, args);
    }

    /** The application: the window on the FX thread, the sitting on a thread of its own. */
    public static final class Sitting extends Application {

        private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "long-sitting-worker");
            thread.setDaemon(true);
            return thread;
        });
        private Preferences node;
        private MainWindow window;
        private ViewFactory views;
        private WizardController wizard;

        @Override
        public void start(Stage stage) {
            node = Preferences.userRoot().node("org/outboxdoctor/bench/" + UUID.randomUUID());
            AppServices services = AppServices.create(executor, node);
            views = new ViewFactory(services);
            window = new MainWindow(stage, views, services);
            wizard = (WizardController) window.showPage(FxmlView.WIZARD).controller();
            window.open();
            Thread sitting = new Thread(this::sit, "long-sitting");
            sitting.setDaemon(true);
            sitting.start();
        }

        private void sit() {
            int exit = 0;
            try {
                PracticeMode practice = views.practice();
                List<PracticeScenario> all = onFx(practice::scenarios);
                for (int run = 1; run <= RUNS; run++) {
                    String id = SCENARIOS.get((run - 1) % SCENARIOS.size());
                    PracticeScenario scenario = all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
                    checkOnce(practice, scenario);
                    if (run == 1 || run == RUNS / 2 || run == RUNS) {
                        Thread.sleep(2000);
                        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
                        System.out.printf(Locale.ROOT, "long-sitting-benchmark run=%d rss_kib=%d heap_used_kib=%d%n",
                                run, rssKib(), heapUsed);
                        // -DlongSitting.holdSeconds=N: time to look at the process from outside (jcmd, pmap)
                        Thread.sleep(Long.getLong("longSitting.holdSeconds", 0) * 1000);
                    }
                }
                System.gc();
                long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
                System.out.printf(Locale.ROOT, "long-sitting-benchmark live_after_gc_kib=%d%n", live);
            } catch (Exception e) {
                e.printStackTrace();
                exit = 1;
            } finally {
                int status = exit;
                Platform.runLater(() -> {
                    window.stopEverything();
                    try {
                        node.removeNode();
                    } catch (Exception ignored) {
                        // a benchmark node left in the test preferences harms nothing
                    }
                    Platform.exit();
                    System.exit(status);
                });
            }
        }

        /** Starts the scenario as the picker does, waits for the answer and shows the answer page. */
        private void checkOnce(PracticeMode practice, PracticeScenario scenario) throws Exception {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.runLater(() -> practice.start(scenario, () -> {
                wizard.goTo(WizardStep.CHECK_PASSWORD);
                started.complete(null);
            }, reason -> started.completeExceptionally(new IllegalStateException(reason))));
            started.get(60, TimeUnit.SECONDS);
            CheckSession session = views.session();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (onFx(session::state) != CheckSession.State.FINISHED) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(scenario.id() + " did not finish within 90 s");
                }
                Thread.sleep(100);
            }
            onFx(() -> {
                wizard.goTo(WizardStep.RESULTS);
                return null;
            });
            Thread.sleep(300);
        }

        private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
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

        private static long rssKib() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IOException("no VmRSS in /proc/self/status (Linux only)");
        }
    }
}
