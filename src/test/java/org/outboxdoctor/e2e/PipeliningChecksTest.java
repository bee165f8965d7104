package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.practice.SmtpBehaviour;

/**
 * The same server with and without PIPELINING in its EHLO: the check groups its commands for the one that offers
 * it, and reaches the same findings, with the same evidence, in the same order of commands.
 */
class PipeliningChecksTest {

    @Test
    void relayRefusedWithoutLoginIsTheSameFindingEitherWay() throws Exception {
        Outcome pipelined = check(true, b -> b, "--port", "587", "--no-auth", "--json");
        Outcome lockStep = check(false, b -> b, "--port", "587", "--no-auth", "--json");

        assertEquals("AUTH_NOT_USED", pipelined.run.topCode(), pipelined.run::toString);
        assertTrue(pipelined.transcript.contains("PIPELINING: 4 commands sent together"), pipelined.transcript);
        assertFalse(lockStep.transcript.contains("PIPELINING:"), lockStep.transcript);
        assertSame(lockStep, pipelined, "AUTH_NOT_USED");
        assertEquals(1, pipelined.commands.stream().filter(c -> c.startsWith("AUTH ")).count());
    }

    @Test
    void healthyServerCanSendEitherWay() throws Exception {
        Outcome pipelined = check(true, b -> b, "--port", "587", "--json");
        Outcome lockStep = check(false, b -> b, "--port", "587", "--json");

        assertEquals("CAN_SEND", pipelined.run.topCode(), pipelined.run::toString);
        assertSame(lockStep, pipelined, "CAN_SEND");
        assertEquals(lockStep.run.recommended(), pipelined.run.recommended());
    }

    @Test
    void mailFromRefusedBeforeTlsIsTheSameFindingEitherWay() throws Exception {
        Outcome pipelined = check(true, b -> b.requireTlsForMail(true), "--port", "587", "--security", "none", "--json");
        Outcome lockStep = check(false, b -> b.requireTlsForMail(true), "--port", "587", "--security", "none", "--json");

        assertEquals("TLS_REQUIRED", pipelined.run.topCode(), pipelined.run::toString);
        assertEquals(lockStep.run.codes(), pipelined.run.codes());
        assertEquals(evidence(lockStep, "TLS_REQUIRED"), evidence(pipelined, "TLS_REQUIRED"));
        // the RCPT TO that went out with the refused MAIL FROM was refused too, and the transcript says so
        assertEquals(2, count(pipelined.transcript, "S: 530 5.7.0 Must issue a STARTTLS command first"), pipelined.transcript);
        assertEquals(1, count(lockStep.transcript, "S: 530 5.7.0 Must issue a STARTTLS command first"), lockStep.transcript);
    }

    private static void assertSame(Outcome expected, Outcome actual, String code) {
        assertEquals(expected.run.exit(), actual.run.exit());
        assertEquals(expected.run.codes(), actual.run.codes());
        assertEquals(evidence(expected, code), evidence(actual, code));
        assertEquals(expected.run.number("authAttempts"), actual.run.number("authAttempts"));
        assertEquals(expected.run.number("connections"), actual.run.number("connections"));
        assertEquals(expected.commands, actual.commands, "the server heard the same commands in the same order");
    }

    private static JsonElement evidence(Outcome o, String code) {
        return o.run.finding(code).get("evidence");
    }

    private static int count(String text, String line) {
        return text.split(java.util.regex.Pattern.quote(line), -1).length - 1;
    }

    private static Outcome check(boolean pipelining, UnaryOperator<SmtpBehaviour.Builder> behaviour, String... args)
            throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            ScriptedSmtpServer smtp = world.scripted(behaviour.apply(MailWorld.startTlsServer().pipelining(pipelining)).build(),
                    587);
            CliRun run = world.check(args);
            String transcript = "";
            for (JsonElement probe : run.probes()) {
                if (probe.getAsJsonObject().get("id").getAsString().equals("smtp-587")) {
                    transcript = probe.getAsJsonObject().get("transcript").toString();
                }
            }
            // QUIT is not awaited, so whether the server has read it yet is a race
            List<String> commands = new ArrayList<>(smtp.commands());
            commands.removeIf(c -> c.equals("QUIT"));
            return new Outcome(run, transcript, commands);
        }
    }

    private record Outcome(CliRun run, String transcript, List<String> commands) {
    }
}
