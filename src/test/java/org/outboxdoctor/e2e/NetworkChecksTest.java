package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ports that are filtered, refused, or all unreachable; DNS names that do not exist; no network at all. */
class NetworkChecksTest {

    @Test
    void filteredPort25EndsOnPortBlockedRecommending587WellBeforeTheDeadline() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.blackhole(25);
            world.scripted(MailWorld.startTlsServer().build(), 587);

            CliRun run = world.check("--port", "25", "--security", "starttls", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("PORT_BLOCKED", run.topCode());
            assertEquals(587, run.recommended().get("port").getAsInt());
            assertTrue(run.codes().contains("CAN_SEND"));
            // once 587 answered (on loopback in about a millisecond), port 25's silence is judged after the 1.5 s floor
            // (8 × a slow connect on a loaded machine may stretch it a little), not after the 5 s connect timeout
            java.util.regex.Matcher waited = java.util.regex.Pattern.compile("within (\\d+(?:\\.\\d)?) s")
                    .matcher(run.finding("PORT_BLOCKED").get("evidence").toString());
            assertTrue(waited.find(), run::toString);
            double seconds = Double.parseDouble(waited.group(1));
            assertTrue(seconds >= 1.5 && seconds < 5, "judged filtered after " + seconds + " s");
            // the filtered port is judged in parallel with the others: one connect timeout (5 s), not the 15 s deadline
            assertTrue(run.number("elapsedMillis") < 8000, "took " + run.number("elapsedMillis") + " ms");
        }
    }

    @Test
    void refusedPortIsToldApartFromFiltered() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().build(), 587);

            CliRun run = world.check("--port", "2525", "--json");

            assertEquals("PORT_REFUSED", run.topCode(), run::toString);
            assertEquals(587, run.recommended().get("port").getAsInt());
        }
    }

    @Test
    void everySmtpPortFilteredWhileImapAnswers() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.blackhole(25, 465, 587, 2525);

            CliRun run = world.check("--port", "587", "--timeout", "6", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("SMTP_UNREACHABLE", run.topCode());
            assertTrue(run.finding("SMTP_UNREACHABLE").get("detail").getAsString().contains("receiving"));
        }
    }

    @Test
    void mistypedServerNameIsNotFoundAndTheMeantServerIsCheckedInstead() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CliRun run = world.check("--server", "mial.example.test", "--port", "465", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("SERVER_NOT_FOUND", run.topCode());
            assertTrue(run.finding("SERVER_NOT_FOUND").toString().contains("NXDOMAIN"));
            assertTrue(run.finding("SERVER_NOT_FOUND").get("fix").toString().contains("Did you mean \\\"mail.example.test\\\"?"),
                    run::toString);
            assertEquals("mail.example.test", run.recommended().get("server").getAsString());
            assertTrue(run.recommended().get("proven").getAsBoolean());
        }
    }

    @Test
    void unknownServerWithNothingToSuggestContactsNothing() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.dns.remove("mail.example.test");

            CliRun run = world.check("--server", "nowhere.invalid", "--json");

            assertEquals("SERVER_NOT_FOUND", run.topCode(), run::toString);
            assertEquals(0, run.number("connections"));
        }
    }

    @Test
    void noDnsAnswerAtAllMeansOffline() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.dns.drop("mail.example.test").drop("example.test");

            CliRun run = world.check("--timeout", "4", "--json");

            assertEquals(3, run.exit(), run::toString);
            assertEquals("INCOMPLETE", run.verdict());
            assertEquals("OFFLINE", run.topCode());
        }
    }
}
