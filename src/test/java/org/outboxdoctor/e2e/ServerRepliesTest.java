package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.practice.SmtpBehaviour;

/** What the server says: relay refusals, TLS requirements, bans, suspensions, quotas and garbage. */
class ServerRepliesTest {

    @Test
    void sendingWithoutLoginIsRefusedAsRelay() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().build(), 587);

            CliRun run = world.check("--port", "587", "--no-auth", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("AUTH_NOT_USED", run.topCode());
            assertTrue(run.finding("AUTH_NOT_USED").get("evidence").toString().contains("Relay access denied"));
        }
    }

    @Test
    void serverRequiresTlsBeforeMail() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            ScriptedSmtpServer smtp = world.scripted(MailWorld.startTlsServer().requireTlsForMail(true).build(), 587);

            CliRun run = world.check("--port", "587", "--security", "none", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("TLS_REQUIRED", run.topCode());
            assertTrue(run.finding("TLS_REQUIRED").get("evidence").toString().contains("Must issue a STARTTLS command first"));
            assertFalse(smtp.receivedRaw().contains(MailWorld.PASSWORD));
        }
    }

    @Test
    void implicitTlsSettingOnAStartTlsPortIsAMismatch() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().build(), 587);

            CliRun run = world.check("--port", "587", "--security", "tls", "--json");

            assertEquals("TLS_MODE_MISMATCH", run.topCode(), run::toString);
            assertEquals("starttls", run.recommended().get("security").getAsString());
        }
    }

    @Test
    void port25WithoutLoginIsNotOffered() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().authMechanisms("").build(), 25);
            world.scripted(MailWorld.startTlsServer().build(), 587);

            CliRun run = world.check("--port", "25", "--json");

            assertEquals("AUTH_NOT_OFFERED", run.topCode(), run::toString);
            assertEquals(587, run.recommended().get("port").getAsInt());
        }
    }

    @Test
    void tooManyConnectionsOnConnectIsARateLimit() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(SmtpBehaviour.builder()
                    .connectReplyAndClose("421 4.7.0 mail.example.test Error: too many connections from 127.0.0.1").build(),
                    25, 465, 587, 2525);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("RATE_LIMITED", run.topCode());
            assertEquals("proven", run.finding("RATE_LIMITED").get("certainty").getAsString());
            assertEquals(0, run.number("authAttempts"));
        }
    }

    @Test
    void aBareTryAgainLaterIsOnlyALikelyRateLimit() throws Exception {
        try (MailWorld world = new MailWorld()) {
            // Gmail's words when it turns a connection away for now, without naming a limit
            world.scripted(SmtpBehaviour.builder()
                    .connectReplyAndClose("421 4.7.0 Try again later, closing connection.").build(), 25, 465, 587, 2525);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals("RATE_LIMITED", run.topCode(), run::toString);
            assertEquals("likely", run.finding("RATE_LIMITED").get("certainty").getAsString());
            assertTrue(run.finding("RATE_LIMITED").toString().contains("without saying why"), run::toString);
        }
    }

    @Test
    void suspendedAccountIsReported() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(MailWorld.startTlsServer().authReply("525 5.7.13 User account disabled").build(), 587);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals("ACCOUNT_SUSPENDED", run.topCode(), run::toString);
            assertFalse(run.codes().contains("WRONG_PASSWORD"));
        }
    }

    @Test
    void dailyQuotaReplyIsASendingLimit() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().mailFromReplyAuthenticated("550 5.4.5 Daily user sending quota exceeded.")
                    .build(), 587);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals("SENDING_LIMIT_REACHED", run.topCode(), run::toString);
            assertFalse(run.codes().contains("CAN_SEND"));
        }
    }

    @Test
    void garbageInsteadOfAGreetingIsAServerError() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(SmtpBehaviour.builder().garbageGreeting(true).build(), 25, 465, 587, 2525);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("SERVER_ERROR", run.topCode());
            assertTrue(run.finding("SERVER_ERROR").get("evidence").toString().contains("not SMTP"), run::toString);
        }
    }
}
