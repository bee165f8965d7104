package org.outboxdoctor.practice;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The practice threads one server started, so that its close() can join every one of them. */
final class ServerThreads {

    // threads stay in the set after they end: a thread that removed itself while close() was copying the
    // set would escape the join and still look alive a moment later
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** A practice thread that close() will join, not started yet (for an executor's thread factory). */
    Thread create(String name, Runnable body) {
        Thread t = PracticeThreads.newThread(name, body);
        threads.add(t);
        return t;
    }

    void start(String name, Runnable body) {
        create(name, body).start();
    }

    /** Joins them all within {@code budget}, so a stuck one cannot hang close() forever. */
    void joinAll(Duration budget) {
        PracticeThreads.joinAll(threads, budget);
    }
}
