package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;

/** Password and login checks against real GreenMail servers and scripted SMTP servers on loopback. */
class AccountChecksTest {

    @Test
    void healthyAccountCanSendAndTheSettingsAreProven() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CliRun run = world.check("--port", "465", "--security", "tls", "--json");

            assertEquals(0, run.exit(), run::toString);
            assertEquals("CAN_SEND", run.verdict());
            assertEquals("CAN_SEND", run.topCode());
            assertEquals(465, run.recommended().get("port").getAsInt());
            assertEquals("tls", run.recommended().get("security").getAsString());
            assertTrue(run.recommended().get("proven").getAsBoolean());
            assertEquals(1, run.number("authAttempts"), "one SMTP login proves the password");
            assertEquals(1, run.number("mailboxLogins"));
        }
    }

    @Test
    void startTlsOnPort587IsProvenWithOneLogin() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            ScriptedSmtpServer smtp = world.scripted(MailWorld.startTlsServer().build(), 587);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(0, run.exit(), run::toString);
            assertEquals(587, run.recommended().get("port").getAsInt());
            assertEquals("starttls", run.recommended().get("security").getAsString());
            assertEquals(1, smtp.authAttempts());
            assertTrue(smtp.receivedRaw().indexOf("STARTTLS") < smtp.receivedRaw().indexOf("AUTH") || smtp.receivedRaw().indexOf("AUTH") < 0,
                    "the password goes only over the encrypted connection");
        }
    }

    @Test
    void wrongPasswordIsRefusedBySmtpAndImap() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CliRun run = world.checkWithPassword("not the password", "--port", "465", "--security", "tls", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("WRONG_PASSWORD", run.topCode());
            assertEquals(1, run.number("authAttempts"));
            assertEquals(1, run.number("mailboxLogins"));
            assertTrue(run.finding("WRONG_PASSWORD").get("evidence").toString().contains("IMAP"), run::toString);
        }
    }

    @Test
    void smtpLoginRefusedWhileImapAcceptsThePassword() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            // Microsoft's named switch (535 5.7.139 ... SmtpClientAuthentication is disabled) is SMTP_AUTH_DISABLED:
            // SignInRepliesTest; a refusal that names no switch while IMAP proves the password is this finding
            world.scripted(MailWorld.startTlsServer().authReply("535 5.7.8 Error: authentication failed: "
                    + "SMTP login is not permitted for this mailbox").build(), 587);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("SMTP_AUTH_REFUSED", run.topCode());
            assertTrue(run.finding("SMTP_AUTH_REFUSED").get("evidence").toString().contains("not permitted"));
        }
    }
}
