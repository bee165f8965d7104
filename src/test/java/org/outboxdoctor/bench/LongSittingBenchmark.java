package org.outboxdoctor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.stage.Stage;

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

        @Override
        public void start(Stage stage) {
            PracticeWindow window = new PracticeWindow(stage);
            window.drive("long-sitting", () -> {
                for (int run = 1; run <= RUNS; run++) {
                    window.check(SCENARIOS.get((run - 1) % SCENARIOS.size()), () -> { });
                    PracticeWindow.onFx(() -> {
                        window.wizard.goTo(WizardStep.RESULTS);
                        return null;
                    });
                    Thread.sleep(300);
                    if (run == 1 || run == RUNS / 2 || run == RUNS) {
                        Thread.sleep(2000);
                        long heapUsed = heapUsedKib();
                        System.out.printf(Locale.ROOT, "long-sitting-benchmark run=%d rss_kib=%d heap_used_kib=%d%n",
                                run, rssKib(), heapUsed);
                        nativeMemorySummary(run);
                        // -DlongSitting.holdSeconds=N: time to look at the process from outside (jcmd, pmap)
                        Thread.sleep(Long.getLong("longSitting.holdSeconds", 0) * 1000);
                    }
                }
                System.gc();
                long live = heapUsedKib();
                System.out.printf(Locale.ROOT, "long-sitting-benchmark live_after_gc_kib=%d%n", live);
                return null;
            });
        }

        /**
         * With -XX:NativeMemoryTracking=summary and -DlongSitting.nmt=true, the JVM's own accounts on standard
         * error (through the management modules, which only a full JDK has: never in the installers' runtime).
         */
        private static void nativeMemorySummary(int run) throws Exception {
            if (Boolean.getBoolean("longSitting.nmt")) {
                Object summary = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                        new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
                System.err.println("long-sitting-benchmark nmt run=" + run + "\n" + summary);
            }
        }

        /** Without java.management, which the installers' runtime does not link. */
        private static long heapUsedKib() {
            Runtime runtime = Runtime.getRuntime();
            return (runtime.totalMemory() - runtime.freeMemory()) / 1024;
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
