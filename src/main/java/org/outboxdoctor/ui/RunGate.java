package org.outboxdoctor.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The connection budget across runs. One run opens at most 8 connections (the engine's own budget), but
 * providers ban an internet address for hours after "excessive connections", so a user who presses
 * "Run again" repeatedly gets a warning first: when the last run started less than {@link #QUIET_TIME} ago,
 * or when {@link #BURST_RUNS} runs already started within {@link #BURST_WINDOW}.
 *
 * <p>Only runs that reached a server count: one that made no connection is forgotten when it ends.
 *
 * <p>The warning is advice, not a lock: the user can run anyway (a fixed typo deserves a new run).
 */
public final class RunGate {

    /** Runs closer together than this get a warning. */
    public static final Duration QUIET_TIME = Duration.ofSeconds(60);
    /** This many runs within {@link #BURST_WINDOW} (about 40 connections) get a warning too. */
    public static final int BURST_RUNS = 5;
    public static final Duration BURST_WINDOW = Duration.ofMinutes(15);

    /** Why a new run now is unwise. */
    public sealed interface Warning {
    }

    /** The last run started {@code seconds} ago. */
    public record TooSoon(long seconds) implements Warning {
    }

    /** {@code runs} runs started in the last {@link #BURST_WINDOW}. */
    public record TooMany(int runs) implements Warning {
    }

    private final Clock clock;
    private final Deque<Instant> starts = new ArrayDeque<>();

    public RunGate(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What to tell the user before starting another run now; empty when a run is fine. */
    public Optional<Warning> warning() {
        Instant now = clock.instant();
        forgetBefore(now.minus(BURST_WINDOW));
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        Duration since = Duration.between(starts.peekLast(), now);
        if (since.compareTo(QUIET_TIME) < 0) {
            return Optional.of(new TooSoon(Math.max(0, since.toSeconds())));
        }
        if (starts.size() >= BURST_RUNS) {
            return Optional.of(new TooMany(starts.size()));
        }
        return Optional.empty();
    }

    /** Records that a run starts now; returns the moment, for {@link #forget}. */
    public Instant started() {
        Instant now = clock.instant();
        starts.addLast(now);
        return now;
    }

    /**
     * Forgets the run that started at {@code start}: it reached no server (offline, every port refused), so no
     * provider counted it, and a warning about it would only puzzle the user.
     */
    public void forget(Instant start) {
        starts.removeLastOccurrence(start);
    }

    /** The warning in plain words, ending with the advice to wait. */
    public static String text(Warning warning, Messages messages) {
        if (warning instanceof TooSoon soon) {
            return messages.format("rerun.tooSoon", String.valueOf(soon.seconds()));
        }
        TooMany many = (TooMany) warning;
        return messages.format("rerun.tooMany", String.valueOf(many.runs()));
    }

    private void forgetBefore(Instant limit) {
        while (!starts.isEmpty() && starts.peekFirst().isBefore(limit)) {
            starts.removeFirst();
        }
    }
}
