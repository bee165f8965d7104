package org.outboxdoctor.ui;

import java.util.concurrent.Executor;

/**
 * Gives back, after each check, the memory the check used. A run leaves its garbage behind (the engine's
 * transcripts and sockets, a practice world's mail servers, the old answer's nodes), and the JVM grows its heap
 * rather than collect it while memory is free: over a long sitting the window's resident memory climbed by half
 * (installer/benchmark/long-sitting.sh) although what stays reachable stays the same. Once an answer is on
 * screen the user reads and the window is idle, so a full collection then costs nobody a pause they notice, and
 * it lets the collector hand the unused heap back to the system.
 */
final class MemoryTrim {

    private MemoryTrim() {
    }

    /** Collects on {@code background} each time {@code session} publishes an answer. */
    static void afterEachRun(CheckSession session, Executor background) {
        session.outcomeProperty().addListener((observable, before, now) -> {
            if (now != null) {
                background.execute(System::gc);
            }
        });
    }
}
