package org.outboxdoctor.probe;

import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops a run at once: closing every open socket unblocks any thread reading from it, which is the
 * only reliable way to interrupt blocking socket I/O in Java.
 */
public final class Cancellation {
    private final Set<Closeable> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    public boolean isCancelled() {
        return cancelled;
    }

    /** Registers a resource to close on cancel; closes it at once if the run is already cancelled. */
    public void register(Closeable resource) {
        open.add(resource);
        if (cancelled) {
            closeQuietly(resource);
        }
    }

    public void release(Closeable resource) {
        open.remove(resource);
        closeQuietly(resource);
    }

    public void cancel() {
        cancelled = true;
        for (Closeable c : open) {
            closeQuietly(c);
        }
        open.clear();
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is best effort: the resource is being abandoned either way
        }
    }
}
