package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.engine.Engine;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.practice.SmtpBehaviour;

class EngineCancelTest {

    @Test
    void cancelStopsEveryProbeAtOnceAndLeavesNoThread() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(SmtpBehaviour.builder().silent(true).build(), 25, 465, 587, 2525, 993);
            Engine engine = new Engine();
            List<ProgressEvent> events = new CopyOnWriteArrayList<>();

            CompletableFuture<CheckEvidence> run = CompletableFuture.supplyAsync(
                    () -> engine.run(world.request(587, Security.STARTTLS, Duration.ofSeconds(60)), events::add));
            Thread.sleep(700);
            long cancelledAt = System.nanoTime();
            engine.cancel();
            CheckEvidence evidence = run.get(5, TimeUnit.SECONDS);

            long stopMillis = (System.nanoTime() - cancelledAt) / 1_000_000;
            assertTrue(stopMillis < 2000, "stopped " + stopMillis + " ms after cancel");
            assertTrue(evidence.cancelled());
            assertEquals(0, evidence.authAttempts());
            assertTrue(events.stream().anyMatch(e -> e instanceof ProgressEvent.ServerNameFound));
            Thread.sleep(200);
            assertFalse(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.isAlive() && t.getName().startsWith("outbox-doctor-probe")), "a probe thread is left");
        }
    }
}
