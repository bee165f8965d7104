package org.outboxdoctor.probe;

import java.time.Duration;

/** A point in time after which no more network work starts; every wait is cut to what is left. */
public final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline in(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    public boolean expired() {
        return System.nanoTime() >= endNanos;
    }

    /** The shorter of {@code limit} and the time left, at least 1 ms so it can be used as a socket timeout. */
    public int cap(Duration limit) {
        long millis = Math.min(limit.toMillis(), remaining().toMillis());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }

    /** An earlier deadline: the sooner of this one and {@code limit} from now. */
    public Deadline within(Duration limit) {
        return new Deadline(Math.min(endNanos, System.nanoTime() + limit.toNanos()));
    }
}
