package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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


    @Test
    void anUnknownInterceptorOnTwoOfThreePortsIsNamedFromItsCertificateAndTheGenuinePortIsKept() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            TestPki unknown = TestPki.create("Contoso Secure Mail Root");
            world.scripted(MailWorld.startTlsServer().greeting("220 mail.example.test ESMTP Contoso MailGuard")
                    .starttls(unknown.issue("mail.example.test", "mail.example.test").serverContext()).build(), 25, 587);
            world.scripted(MailWorld.startTlsServer().build(), 2525);
            world.blackhole(465);

            CliRun run = world.check("--port", "587", "--timeout", "6", "--json");

            assertEquals("TLS_INTERCEPTED", run.topCode(), run::toString);
            assertTrue(run.finding("TLS_INTERCEPTED").get("title").getAsString().contains("Contoso Secure Mail Root"), run::toString);
            assertTrue(run.finding("TLS_INTERCEPTED").get("evidence").toString().contains("port 25"));
            assertTrue(run.finding("TLS_INTERCEPTED").get("evidence").toString().contains("port 587"));
            // the port with the trusted certificate is the genuine one, though it is outvoted
            assertFalse(run.codes().contains("CONNECTION_INTERCEPTED"), run::toString);
            assertFalse(run.codes().contains("CERT_UNTRUSTED"), run::toString);
            assertEquals(2525, run.recommended().get("port").getAsInt());
            assertTrue(run.finding("TLS_INTERCEPTED").get("fix").toString().contains("2525"));
        }
    }

    @Test
    void anUntrustedCertificateWithNothingGenuineToCompareIsNotCalledAnInterception() throws Exception {
        try (MailWorld world = new MailWorld()) {
            TestPki unknown = TestPki.create("Some Private CA");
            world.scripted(MailWorld.startTlsServer()
                    .starttls(unknown.issue("mail.example.test", "mail.example.test").serverContext()).build(), 25, 587, 2525);
            world.blackhole(465);

            CliRun run = world.check("--port", "587", "--timeout", "6", "--json");

            assertEquals("CERT_UNTRUSTED", run.topCode(), run::toString);
            assertFalse(run.codes().contains("TLS_INTERCEPTED"));
        }
    }

    @Test
    void anotherIssuerThanTheMailboxServersWithTheSameGreetingIsOnlyLikelyAnInterception() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            TestPki other = TestPki.create("Some Private CA");
            world.scripted(MailWorld.startTlsServer()
                    .starttls(other.issue("mail.example.test", "mail.example.test").serverContext()).build(), 25, 587, 2525);
            world.blackhole(465);

            CliRun run = world.check("--port", "587", "--timeout", "6", "--json");

            assertEquals("TLS_INTERCEPTED", run.topCode(), run::toString);
            assertEquals("likely", run.finding("TLS_INTERCEPTED").get("certainty").getAsString());
            assertTrue(run.finding("TLS_INTERCEPTED").get("settle").getAsString().contains("another network"));
        }
    }
}
