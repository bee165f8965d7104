package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.testing.TestPki;

/**
 * Provider knowledge: the profile chosen from MX, servers found by SRV and autoconfig, limits, and the
 * test message. The provider "Test Hosting" is a profile in the test resources (src/test/resources/.../providers).
 */
class ProviderChecksTest {

    /** Test Hosting's outgoing server smtp.hosting.test on 127.0.0.2, reached on "port 587". */
    private static ScriptedSmtpServer providerServer(MailWorld world) {
        world.dns.a("smtp.hosting.test", "127.0.0.2").a("imap.example.test", "127.0.0.1");
        ScriptedSmtpServer server = ScriptedSmtpServer.start(MailWorld.startTlsServer()
                .starttls(TestPki.shared().issue("smtp.hosting.test", "smtp.hosting.test").serverContext()).build(), "127.0.0.2");
        world.map(587, server.port());
        return server;
    }

    @Test
    void profileChosenFromMxNamesTheRightServerWhenTheTypedOneCannotSend() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.dns.remove("example.test").mx("example.test", 10, "mx1.hosting.test");
            try (ScriptedSmtpServer provider = providerServer(world)) {
                CliRun run = world.check("--server", "mail.example.test", "--port", "587", "--json");

                assertEquals("WRONG_SERVER", run.topCode(), run::toString);
                assertEquals("smtp.hosting.test", run.recommended().get("server").getAsString());
                assertTrue(run.finding("WRONG_SERVER").get("evidence").toString().contains("provider profile Test Hosting"));
                assertFalse(run.codes().contains("SMTP_UNREACHABLE"), "the provider's server answered, so the network is fine");
                assertEquals(1, provider.authAttempts());
                assertEquals(1, run.number("mailboxLogins"), "the profile's IMAP server proved the password");
            }
        }
    }

    @Test
    void srvRecordNamesTheSubmissionServer() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.dns.srv("_submission._tcp.example.test", 0, 1, 587, "smtp.hosting.test");
            try (ScriptedSmtpServer provider = providerServer(world)) {
                CliRun run = world.check("--port", "587", "--json");

                assertEquals("WRONG_SERVER", run.topCode(), run::toString);
                assertTrue(run.finding("WRONG_SERVER").get("evidence").toString().contains("DNS SRV _submission._tcp.example.test"));
            }
        }
    }

    @Test
    void autoconfigFileNamesTheSubmissionServer() throws Exception {
        HttpsServer web = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        web.setHttpsConfigurator(new HttpsConfigurator(TestPki.shared().issue("autoconfig.example.test",
                "autoconfig.example.test").serverContext()));
        web.createContext("/mail/config-v1.1.xml", exchange -> {
            byte[] xml = ("<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"example.test\">"
                    + "<outgoingServer type=\"smtp\"><hostname>smtp.hosting.test</hostname><port>587</port>"
                    + "<socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username>"
                    + "<authentication>password-cleartext</authentication></outgoingServer></emailProvider></clientConfig>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, xml.length);
            exchange.getResponseBody().write(xml);
            exchange.close();
        });
        web.start();
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.dns.a("autoconfig.example.test", "127.0.0.1");
            try (ScriptedSmtpServer provider = providerServer(world)) {
                CliRun run = world.check("--port", "587", "--autoconfig-port", String.valueOf(web.getAddress().getPort()), "--json");

                assertEquals("WRONG_SERVER", run.topCode(), run::toString);
                assertTrue(run.finding("WRONG_SERVER").get("evidence").toString().contains("autoconfig autoconfig.example.test"));
            }
        } finally {
            web.stop(0);
        }
    }

    @Test
    void attachmentLargerThanTheServersSizeLimitSaysHowMuchToCut() throws Exception {
        Path file = Files.createTempFile("outbox-doctor-attachment", ".bin");
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            Files.write(file, new byte[1_500_000]);
            ScriptedSmtpServer smtp = world.scripted(MailWorld.startTlsServer().size(1_000_000).build(), 587);

            CliRun run = world.check("--port", "587", "--attachment", file.toString(), "--json");

            assertEquals("MESSAGE_TOO_LARGE", run.topCode(), run::toString);
            String detail = run.finding("MESSAGE_TOO_LARGE").get("detail").getAsString();
            assertTrue(detail.contains("1.5 MB") && detail.contains("2.1 MB") && detail.contains("1.0 MB"), detail);
            assertTrue(smtp.commands().stream().anyMatch(c -> c.contains("SIZE=")), "the size is declared up front (RFC 1870)");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void quotaReplyNamesTheProvidersLimitsAndBansTheirDuration() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().mailFromReplyAuthenticated("550 5.4.5 Daily user sending quota exceeded.")
                    .build(), 587);

            CliRun run = world.check("--port", "587", "--profile", "testhost", "--json");

            assertTrue(run.finding("SENDING_LIMIT_REACHED").get("detail").getAsString().contains("300 messages a day"), run::toString);
        }
    }

    @Test
    void testMessageIsSentAndFoundInTheInbox() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CliRun run = world.check("--port", "465", "--security", "tls", "--send-test", "--json");

            assertEquals(0, run.exit(), run::toString);
            assertTrue(run.finding("CAN_SEND").get("detail").getAsString().contains("arrived in your inbox"), run::toString);
            assertEquals(1, world.greenMail().getReceivedMessages().length);
            assertEquals("Outbox Doctor test message", world.greenMail().getReceivedMessages()[0].getSubject());
            assertTrue(run.number("connections") <= 8);
        }
    }

    @Test
    void theTestMessageIsWrittenInTheRunsLanguage() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CliRun run = world.check("--port", "465", "--security", "tls", "--send-test", "--lang", "de", "--json");

            assertEquals(0, run.exit(), run::toString);
            jakarta.mail.internet.MimeMessage received = world.greenMail().getReceivedMessages()[0];
            assertEquals("Testnachricht von Outbox Doctor", received.getSubject());
            String body = String.valueOf(received.getContent());
            assertTrue(body.contains("Diese Nachricht hat Outbox Doctor gesendet"), body);
            assertTrue(body.contains("Sie können sie löschen."), "umlauts survive the trip: " + body);
            assertFalse(body.contains("This message was sent"), body);
            assertTrue(run.finding("CAN_SEND").get("detail").getAsString().contains("ist in Ihrem Posteingang angekommen"),
                    "the German message was found in the inbox: " + run);
        }
    }

    @Test
    void unknownProfileIsAUsageError() throws Exception {
        try (MailWorld world = new MailWorld()) {
            CliRun run = world.check("--profile", "nosuch", "--json");

            assertEquals(2, run.exit(), run::toString);
            assertTrue(run.err().contains("stackmail"), "the message lists the known profiles");
        }
    }
}
