package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RunGateTest {

    private final MutableClock clock = new MutableClock();
    private final RunGate gate = new RunGate(clock);

    @Test
    void theFirstRunNeedsNoWarning() {
        assertEquals(Optional.empty(), gate.warning());
    }

    @Test
    void aRunWithinAMinuteOfTheLastIsWarnedAbout() {
        gate.started();
        clock.advance(Duration.ofSeconds(12));
        assertEquals(Optional.of(new RunGate.TooSoon(12)), gate.warning());

        clock.advance(Duration.ofSeconds(48));
        assertEquals(Optional.empty(), gate.warning(), "a minute later it is fine");
    }

    @Test
    void manyRunsInAQuarterOfAnHourAreWarnedAboutEvenWhenSpacedOut() {
        for (int i = 0; i < RunGate.BURST_RUNS; i++) {
            gate.started();
            clock.advance(Duration.ofSeconds(90));
        }
        assertEquals(Optional.of(new RunGate.TooMany(RunGate.BURST_RUNS)), gate.warning());

        clock.advance(RunGate.BURST_WINDOW);
        assertTrue(gate.warning().isEmpty(), "old runs are forgotten");
    }

    @Test
    void aRunThatReachedNoServerIsForgotten() {
        gate.started();
        clock.advance(Duration.ofSeconds(70));
        java.time.Instant offline = gate.started();
        clock.advance(Duration.ofSeconds(5));
        gate.forget(offline);
        assertEquals(Optional.empty(), gate.warning(), "only the run 75 s ago counts");
    }
}
