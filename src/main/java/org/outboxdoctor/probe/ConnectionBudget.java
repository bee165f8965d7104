package org.outboxdoctor.probe;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Providers ban an address for hours after "excessive connections": a run opens at most this many.
 */
public final class ConnectionBudget {
    public static final int DEFAULT_LIMIT = 8;

    private final int limit;
    private final AtomicInteger used = new AtomicInteger();

    public ConnectionBudget(int limit) {
        this.limit = limit;
    }

    /** Takes one connection from the budget; false once it is spent. */
    public boolean tryTake() {
        while (true) {
            int now = used.get();
            if (now >= limit) {
                return false;
            }
            if (used.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    public int used() {
        return used.get();
    }

    public int limit() {
        return limit;
    }
}
