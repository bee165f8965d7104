package org.outboxdoctor.testing;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The naming convention that lets a test prove a peer's close() left nothing running. */
public final class TestThreads {

    /** Every thread started by the loopback peers has a name starting with this. */
    public static final String PREFIX = "test-";

    private TestThreads() {
    }

    /** Live threads whose name starts with {@link #PREFIX}. */
    public static List<Thread> alive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith(PREFIX))
                .collect(Collectors.toList());
    }

    /** Joins the threads, all together within {@code budget}, so a stuck one cannot hang close() forever. */
    static void joinAll(Collection<Thread> threads, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (Thread t : List.copyOf(threads)) {
            if (t == Thread.currentThread()) {
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                t.join(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
