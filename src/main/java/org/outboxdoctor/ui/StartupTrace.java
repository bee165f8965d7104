package org.outboxdoctor.ui;

/**
 * Time marks of the desktop start-up on standard error, only under {@code -Doutboxdoctor.startupTrace=true}:
 * what installer/benchmark/benchmark.sh measures from outside, seen from inside (which part of the start costs
 * what). Off, a mark costs one boolean test.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("outboxdoctor.startupTrace");
    private static final long ORIGIN = System.nanoTime();

    private StartupTrace() {
    }

    /** Prints the milliseconds since the first mark (the start of {@code main}), the thread and {@code what}. */
    public static void mark(String what) {
        if (ON) {
            // no String.format: its first use costs more than the steps being measured
            long tenths = (System.nanoTime() - ORIGIN) / 100_000;
            System.err.println("startup " + tenths / 10 + "." + tenths % 10 + " ms [" + Thread.currentThread().getName()
                    + "] " + what);
        }
    }
}
