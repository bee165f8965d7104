package org.outboxdoctor.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Promises a helpdesk script that the process ends: a library thread that ignores its timeout (a DNS
 * selector, a mail library reading a dripping server) or a shutdown hook that blocks must not keep the
 * process alive past the run's deadline. Only the real process (Main) arms it; tests that call the command
 * line in their own JVM leave it off, so it can never halt a test run.
 */
public final class ProcessWatchdog {
    /** How long System.exit may take (shutdown hooks) before the process is halted. */
    static final Duration EXIT_GRACE = Duration.ofMillis(250);

    private static volatile ProcessWatchdog installed;

    private final PrintWriter out;
    private final PrintWriter err;
    private volatile boolean finished;

    private ProcessWatchdog(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Arms the watchdog for this process; called once, by the entry point. */
    public static void install(PrintWriter out, PrintWriter err) {
        installed = new ProcessWatchdog(out, err);
    }

    /**
     * The running command must be over within {@code limit}; if it is not, whatever was printed is flushed, one
     * sentence in the run's language says why the check stopped, and the process ends with exit status 3.
     */
    static void commandMustEndWithin(Duration limit, java.util.Locale language) {
        String sentence = ErrorTexts.of(language).format("watchdog.timeLimit");
        ProcessWatchdog watchdog = installed;
        if (watchdog != null) {
            daemon("outbox-doctor-deadline", () -> {
                sleep(limit);
                if (!watchdog.finished) {
                    watchdog.out.flush();
                    watchdog.err.println(sentence);
                    watchdog.err.flush();
                    Runtime.getRuntime().halt(ExitCodes.INCOMPLETE);
                }
            });
        }
    }

    /**
     * How long the process has been running: a script's --timeout counts from when it started the program, so the
     * Java start-up is taken from the run's time. Zero when the command line runs inside another program (tests).
     */
    static Duration startedAgo() {
        if (installed == null) {
            return Duration.ZERO;
        }
        long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        return Duration.ofMillis(Math.max(0, System.currentTimeMillis() - started));
    }

    /** Ends the process with {@code status}; a shutdown hook that blocks cannot keep it alive. */
    public static void exit(int status) {
        ProcessWatchdog watchdog = installed;
        if (watchdog != null) {
            watchdog.finished = true;
            watchdog.out.flush();
            watchdog.err.flush();
        }
        daemon("outbox-doctor-exit", () -> {
            sleep(EXIT_GRACE);
            Runtime.getRuntime().halt(status);
        });
        System.exit(status);
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
