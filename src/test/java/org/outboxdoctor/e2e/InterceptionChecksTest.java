package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.testing.TestPki;

/** An antivirus mail shield on one port: its own CA, its own banner. */
class InterceptionChecksTest {

    @Test
    void antivirusMailShieldIsNamedWithTheSettingToChange() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().build(), 25, 2525);
            TestPki shield = TestPki.create("Avast Web/Mail Shield Root");
            ScriptedSmtpServer proxy = world.scripted(MailWorld.startTlsServer().greeting("220 avast! SMTP proxy ready")
                    .starttls(shield.issue("mail.example.test", "mail.example.test").serverContext()).build(), 587);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals("TLS_INTERCEPTED", run.topCode(), run::toString);
            assertTrue(run.finding("TLS_INTERCEPTED").get("title").getAsString().contains("Avast"));
            assertTrue(run.finding("TLS_INTERCEPTED").get("fix").toString().contains("Mail Shield"));
            // one interceptor, one finding: its other greeting is evidence of it, its certificate no second problem
            assertTrue(run.finding("TLS_INTERCEPTED").get("evidence").toString().contains("avast! SMTP proxy"));
            assertEquals(List.of("TLS_INTERCEPTED", "CAN_SEND"), run.codes(), run::toString);
            assertEquals("proven", run.finding("TLS_INTERCEPTED").get("certainty").getAsString());
            assertEquals(0, proxy.authAttempts(), "the password never goes to the interceptor");
        }
    }

    @Test
    void providerMachinesWithDifferentNamesAreNotAnInterception() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().greeting("220 node7.mail.example.test ESMTP").build(), 25);
            world.scripted(MailWorld.startTlsServer().greeting("220 node12.mail.example.test ESMTP").build(), 587, 2525);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(0, run.exit(), run::toString);
            assertTrue(!run.codes().contains("CONNECTION_INTERCEPTED"));
        }
    }

}
