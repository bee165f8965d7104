package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.testing.TestPki;

/**
 * The mailbox login goes to the server that really reads the address's mail, which often has another name (and
 * another certificate) than the outgoing one: found by DNS SRV, by autoconfig, or by the usual imap. name.
 */
class MailboxServerChecksTest {
    private static final String GENERIC_REFUSAL = "535 5.7.8 Error: authentication failed: authentication failure";

    @Test
    void imapOnItsOwnNameIsFoundBySrvAndProvesThePassword() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer smtp = world.scripted(MailWorld.startTlsServerForMailOnly().build(), 587);
            CountingTlsFront imap = world.imaps("127.0.0.2", "post.example.test");
            world.dns.a("post.example.test", "127.0.0.2").srv("_imaps._tcp.example.test", 0, 1, imap.port(), "post.example.test");

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(0, run.exit(), run::toString);
            assertEquals("CAN_SEND", run.verdict());
            JsonObject incoming = run.json().getAsJsonObject("incoming");
            assertEquals("srv", incoming.get("source").getAsString(), run::toString);
            assertEquals("post.example.test", incoming.get("host").getAsString());
            assertEquals("accepted", incoming.get("outcome").getAsString());
            assertEquals(1, imap.logins(), "IMAP saw one login");
            assertEquals(1, run.number("mailboxLogins"));
            assertEquals(1, smtp.authAttempts());
        }
    }

    @Test
    void imapListedByAutoconfigIsUsedAndEveryConnectionIsCounted() throws Exception {
        AtomicInteger autoconfigHits = new AtomicInteger();
        HttpsServer web = autoconfig(autoconfigHits, "inbox.example.test");
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer smtp = world.scripted(MailWorld.startTlsServerForMailOnly().build(), 587, 25, 2525);
            CountingTlsFront imap = world.imaps("127.0.0.3", "inbox.example.test");
            world.map(993, imap.port()).dns.a("inbox.example.test", "127.0.0.3").a("autoconfig.example.test", "127.0.0.1");
            // 465 answers too, so every connection the check opens reaches a server that logs it
            ScriptedSmtpServer smtps = world.scripted(MailWorld.startTlsServer().build(), 465);

            CliRun run = world.check("--port", "587", "--autoconfig-port", String.valueOf(web.getAddress().getPort()), "--json");

            assertEquals(0, run.exit(), run::toString);
            assertEquals("autoconfig", run.json().getAsJsonObject("incoming").get("source").getAsString(), run::toString);
            assertEquals("inbox.example.test", run.json().getAsJsonObject("incoming").get("host").getAsString());
            assertEquals(1, imap.logins());
            assertEquals(1, autoconfigHits.get(), "autoconfig.example.test was asked once");
            // the web server shares the mail server's address, so its connection counts against the same budget
            assertEquals(smtp.connectionCount() + smtps.connectionCount() + imap.connections() + autoconfigHits.get(),
                    run.number("connections"), run::toString);
            assertEquals(smtp.authAttempts() + smtps.authAttempts(), run.number("authAttempts"));
            assertEquals(imap.logins(), run.number("mailboxLogins"));
        } finally {
            web.stop(0);
        }
    }

    @Test
    void theUsualImapNameIsTriedAndACertificateForAnotherNameIsEvidenceNotALogin() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(MailWorld.startTlsServerForMailOnly().build(), 587);
            // one IMAP server behind both names, its certificate made out to imap.example.test alone
            CountingTlsFront imap = world.imaps("127.0.0.1", "imap.example.test");
            world.map(993, imap.port()).dns.a("imap.example.test", "127.0.0.1");

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(0, run.exit(), run::toString);
            List<JsonObject> logins = logins(run);
            assertEquals(2, logins.size(), run::toString);
            assertEquals("mail.example.test:993", logins.get(0).get("target").getAsString());
            assertEquals("certificate-refused", logins.get(0).get("status").getAsString());
            assertEquals("user", logins.get(0).get("source").getAsString());
            assertEquals("imap.example.test:993", logins.get(1).get("target").getAsString());
            assertEquals("accepted", logins.get(1).get("status").getAsString());
            assertEquals("guess", logins.get(1).get("source").getAsString());
            assertEquals(2, imap.connections());
            assertEquals(1, imap.logins(), "the password never went to the name the certificate does not carry");
            assertEquals(1, run.number("mailboxLogins"));
            assertFalse(run.codes().contains("CERT_NAME_MISMATCH"), "the mailbox certificate is evidence, not a finding");
        }
    }

    @Test
    void smtpRefusingAPasswordTheImapServerAcceptsIsNotAWrongPassword() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(MailWorld.startTlsServerForMailOnly().authReply(GENERIC_REFUSAL).build(), 587);
            CountingTlsFront imap = world.imaps("127.0.0.2", "post.example.test");
            world.dns.a("post.example.test", "127.0.0.2").srv("_imaps._tcp.example.test", 0, 1, imap.port(), "post.example.test");

            CliRun run = world.check("--port", "587", "--json");

            assertEquals("SMTP_AUTH_REFUSED", run.topCode(), run::toString);
            assertEquals("proven", run.finding("SMTP_AUTH_REFUSED").get("certainty").getAsString());
            assertFalse(run.codes().contains("WRONG_PASSWORD"));
            assertTrue(run.finding("SMTP_AUTH_REFUSED").get("evidence").toString().contains("post.example.test, found by DNS SRV"),
                    run::toString);
            assertEquals(1, imap.logins());
        }
    }

    @Test
    void smtpRefusingWithNoMailboxServerToAskIsNotAProvenWrongPassword() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(MailWorld.startTlsServerForMailOnly().authReply(GENERIC_REFUSAL).build(), 587);
            world.dns.a("imap.example.test", "127.0.0.1");

            CliRun run = world.check("--port", "587", "--json");

            assertEquals("WRONG_PASSWORD", run.topCode(), run::toString);
            JsonObject finding = run.finding("WRONG_PASSWORD");
            assertNotEquals("proven", finding.get("certainty").getAsString());
            assertTrue(finding.get("detail").getAsString().contains("two explanations"), finding::toString);
            assertTrue(finding.get("settle").getAsString().contains("webmail"));
            assertEquals(0, run.number("mailboxLogins"));
            assertTrue(logins(run).stream().allMatch(l -> l.get("status").getAsString().equals("unreachable")), run::toString);
        }
    }

    @Test
    void theTestMessageIsLookedForWithTheOneMailboxLoginAndTheCountsAreWhatTheServersSaw() throws Exception {
        try (MailWorld world = new MailWorld()) {
            var greenMail = world.greenMail();
            CountingTlsFront smtps = CountingTlsFront.start("127.0.0.1", TestPki.sharedMailLeaf().serverContext(),
                    greenMail.getSmtp().getPort(), CountingTlsFront.SMTP_LOGIN);
            try (smtps) {
                world.map(465, smtps.port());
                ScriptedSmtpServer others = world.scripted(MailWorld.startTlsServer().build(), 587, 25, 2525);
                CountingTlsFront imap = world.imaps("127.0.0.1", "mail.example.test");
                world.map(993, imap.port());

                CliRun run = world.check("--port", "465", "--security", "tls", "--send-test", "--json");

                // (the scripted servers greet unlike GreenMail, which this check calls likely interception: not the point)
                assertTrue(run.finding("CAN_SEND").get("detail").getAsString().contains("arrived in your inbox"), run::toString);
                assertEquals(1, imap.connections(), "the inbox is searched on the login's own connection");
                assertEquals(1, imap.logins());
                assertEquals(1, run.number("mailboxLogins"));
                assertEquals(others.connectionCount() + smtps.connections() + imap.connections(), run.number("connections"));
                assertEquals(others.authAttempts() + smtps.logins(), run.number("authAttempts"));
            }
        }
    }

    private static List<JsonObject> logins(CliRun run) {
        List<JsonObject> logins = new ArrayList<>();
        for (JsonElement p : run.probes()) {
            if (p.getAsJsonObject().get("id").getAsString().startsWith("login-")) {
                logins.add(p.getAsJsonObject());
            }
        }
        return logins;
    }

    /** autoconfig.example.test's file: outgoing mail.example.test:587, incoming IMAP {@code imapHost}:993 SSL. */
    private static HttpsServer autoconfig(AtomicInteger hits, String imapHost) throws Exception {
        HttpsServer web = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        web.setHttpsConfigurator(new HttpsConfigurator(TestPki.shared().issue("autoconfig.example.test",
                "autoconfig.example.test").serverContext()));
        web.createContext("/mail/config-v1.1.xml", exchange -> {
            hits.incrementAndGet();
            byte[] xml = ("<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"example.test\">"
                    + "<incomingServer type=\"imap\"><hostname>" + imapHost + "</hostname><port>993</port>"
                    + "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
                    + "<authentication>password-cleartext</authentication></incomingServer>"
                    + "<outgoingServer type=\"smtp\"><hostname>mail.example.test</hostname><port>587</port>"
                    + "<socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username>"
                    + "<authentication>password-cleartext</authentication></outgoingServer></emailProvider></clientConfig>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, xml.length);
            exchange.getResponseBody().write(xml);
            exchange.close();
        });
        web.start();
        return web;
    }
}
