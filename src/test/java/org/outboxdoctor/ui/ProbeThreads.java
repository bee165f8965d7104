package org.outboxdoctor.ui;

import java.time.Duration;
import java.util.List;

/** The engine names its probe threads "outbox-doctor-probe-N"; a cancelled run must leave none behind. */
final class ProbeThreads {

    static final String PREFIX = "outbox-doctor-probe";

    private ProbeThreads() {
    }

    static List<String> alive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(PREFIX))
                .toList();
    }

    /** Waits up to {@code limit} for every probe thread to end. */
    static boolean awaitNone(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!alive().isEmpty()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
