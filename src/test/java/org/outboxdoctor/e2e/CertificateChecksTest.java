package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.testing.TestPki;

/** Certificates that do not name the server or are not trusted: evidence, and the password stays here. */
class CertificateChecksTest {

    @Test
    void certificateForAnotherHostNameSuggestsThatName() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer smtp = world.scripted(MailWorld.startTlsServer()
                    .starttls(TestPki.shared().issue("smtp.hosting.test", "smtp.hosting.test").serverContext()).build(), 587);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals("CERT_NAME_MISMATCH", run.topCode(), run::toString);
            assertTrue(run.finding("CERT_NAME_MISMATCH").get("fix").toString().contains("smtp.hosting.test"));
            assertEquals(0, smtp.authAttempts(), "no password to a server that cannot prove its name");
        }
    }

    @Test
    void selfSignedCertificateIsUntrusted() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer smtp = world.scripted(MailWorld.startTlsServer()
                    .starttls(TestPki.selfSigned("mail.example.test", "mail.example.test").serverContext()).build(), 587);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals("CERT_UNTRUSTED", run.topCode(), run::toString);
            assertEquals(0, smtp.authAttempts());
            assertEquals(0, run.number("authAttempts"));
        }
    }
}
