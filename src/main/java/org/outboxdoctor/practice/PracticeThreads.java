package org.outboxdoctor.practice;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The practice servers' threads: all named with {@link #PREFIX} and all in one thread group, so a test (or
 * the wizard) can prove that closing a practice world left nothing running. GreenMail names its own threads
 * ("smtp:127.0.0.1:40123"), so it is started from inside the group, where its threads are born as well.
 */
public final class PracticeThreads {

    /** Every thread started by the practice servers has a name starting with this. */
    public static final String PREFIX = "practice-";

    /** Every thread of the practice servers, GreenMail's included, belongs to this group (or a thread of it made it). */
    static final ThreadGroup GROUP = new ThreadGroup("practice");

    private PracticeThreads() {
    }

    /** Live threads whose name starts with {@link #PREFIX}, or that belong to the practice thread group. */
    public static List<Thread> alive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith(PREFIX) || t.getThreadGroup() == GROUP)
                .collect(Collectors.toList());
    }

    /** A daemon thread named {@code PREFIX + name} in the practice group, not started yet. */
    static Thread newThread(String name, Runnable body) {
        Thread t = new Thread(GROUP, body, PREFIX + name);
        t.setDaemon(true);
        return t;
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
