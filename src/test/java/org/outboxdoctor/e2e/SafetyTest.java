package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.practice.SmtpBehaviour;
import org.outboxdoctor.testing.TestPki;

/** Politeness (connections, logins) and secrecy (the password in no output), whatever the server does. */
class SafetyTest {

    @Test
    void connectionBudgetHoldsWhenEveryPortMisbehaves() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.blackhole(25, 993, 110);
            world.scripted(SmtpBehaviour.builder().silent(true).build(), 587, 143);
            world.scripted(SmtpBehaviour.builder().garbageGreeting(true).build(), 465, 995);
            world.scripted(SmtpBehaviour.builder().connectReplyAndClose("421 4.3.2 All server ports are busy").build(), 2525);

            CliRun run = world.check("--port", "8025", "--timeout", "6", "--json");

            assertTrue(run.number("connections") <= 8, run::toString);
            assertEquals(0, run.number("authAttempts"));
            assertTrue(run.number("elapsedMillis") < 6000 + 2500, "the deadline holds: " + run.number("elapsedMillis"));
        }
    }

    @Test
    void checkingTheSameServerAgainRightAwayWarnsAndWaits() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.check("--port", "465", "--security", "tls", "--json", "--rerun-pause", "2");
            long start = System.nanoTime();
            CliRun again = world.check("--port", "465", "--security", "tls", "--json", "--rerun-pause", "2");
            long waited = (System.nanoTime() - start) / 1_000_000;

            assertTrue(again.err().contains("waits"), again::toString);
            assertTrue(waited >= 1000, "waited only " + waited + " ms");
            assertEquals(0, again.exit());
        }
    }

    @Test
    void passwordGoesOverPlainTextOnlyWithConsent() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            ScriptedSmtpServer plain = world.scripted(SmtpBehaviour.builder().user(MailWorld.ADDRESS, MailWorld.PASSWORD).build(), 25);

            CliRun refused = world.check("--port", "25", "--security", "none", "--json");
            assertEquals(0, plain.authAttempts(), refused::toString);
            assertFalse(plain.receivedRaw().contains(b64("\0" + MailWorld.ADDRESS + "\0" + MailWorld.PASSWORD)));

            CliRun consented = world.check("--port", "25", "--security", "none", "--allow-plaintext-auth", "--json");
            assertEquals(1, plain.authAttempts(), consented::toString);
            assertEquals(0, consented.exit());
        }
    }

    @Test
    void aFailedMailboxTlsHandshakeOpensNoSecondConnection() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer notImap = world.scripted(SmtpBehaviour.builder().garbageGreeting(true).build(), 993, 995);

            CliRun run = world.check("--port", "587", "--json");

            // Jakarta Mail would fall back to a second, default-TLS connection unless told not to
            assertEquals(2, notImap.connectionCount(), run::toString);
        }
    }

    @Test
    void aRefusedPasswordIsSentOnlyOnceAcrossAllPortsAndModes() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            ScriptedSmtpServer startTls = world.scripted(MailWorld.startTlsServer().build(), 25, 587, 2525);
            ScriptedSmtpServer implicit = world.scripted(SmtpBehaviour.builder()
                    .implicitTls(TestPki.sharedMailLeaf().serverContext()).user(MailWorld.ADDRESS, MailWorld.PASSWORD).build(), 465);

            CliRun run = world.checkWithPassword("wrong password", "--port", "587", "--json");

            assertEquals("WRONG_PASSWORD", run.topCode(), run::toString);
            assertEquals(1, startTls.authAttempts() + implicit.authAttempts(), "never retry a refused password");
            assertEquals(1, run.number("authAttempts"));
            assertEquals(4, startTls.connectionCount() + implicit.connectionCount(), "one connection per port");
        }
    }

    @Test
    void aRefusedTokenIsSentOnlyOnceAcrossAllPortsAndModes() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            ScriptedSmtpServer startTls = world.scripted(MailWorld.startTlsServer().authMechanisms("PLAIN LOGIN XOAUTH2")
                    .tokenErrorChallenge("{\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}")
                    .build(), 25, 587, 2525);
            ScriptedSmtpServer implicit = world.scripted(SmtpBehaviour.builder().authMechanisms("XOAUTH2 OAUTHBEARER")
                    .implicitTls(TestPki.sharedMailLeaf().serverContext()).build(), 465);

            CliRun run = world.checkWithToken(MailWorld.TOKEN, "--port", "587", "--json");

            assertEquals("OAUTH_TOKEN_REFUSED", run.topCode(), run::toString);
            assertEquals(1, startTls.tokensReceived() + implicit.tokensReceived(), "never retry a refused token");
            assertEquals(1, startTls.authAttempts() + implicit.authAttempts());
            assertEquals(1, run.number("authAttempts"));
        }
    }

    @Test
    void tokenAppearsInNoOutputTranscriptOrLog() throws Exception {
        String user = MailWorld.ADDRESS;
        String token = MailWorld.TOKEN;
        List<String> forbidden = List.of(token, b64(token), b64("user=" + user + "\u0001auth=Bearer " + token + "\u0001\u0001"),
                b64("n,a=" + user + ",\u0001auth=Bearer " + token + "\u0001\u0001"),
                Base64.getUrlEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)),
                java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
        List<String> logged = new ArrayList<>();
        Handler capture = capture(logged);
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.greenMail().setUser(user, user, token);
            world.scripted(MailWorld.startTlsServer().authMechanisms("XOAUTH2").tokenErrorChallenge("{\"status\":\"401\"}")
                    .user(user, token).build(), 587);
            world.scripted(MailWorld.startTlsServer().authMechanisms("OAUTHBEARER").authBeforeTls(true).user(user, token).build(), 25);
            List<CliRun> runs = List.of(
                    world.checkWithToken(token, "--port", "465", "--security", "tls", "--json", "--transcript"),
                    world.checkWithToken(token, "--port", "587", "--transcript"),
                    world.checkWithToken("x" + token, "--port", "587", "--json"),
                    world.checkWithToken(token, "--port", "25", "--security", "none", "--allow-plaintext-auth", "--json"));
            assertTrue(runs.get(0).codes().contains("CAN_SEND"), runs.get(0)::toString);
            assertTrue(runs.get(1).out().contains("AUTH XOAUTH2 ********"), "the transcript shows where the token went");
            assertTrue(runs.get(2).codes().contains("OAUTH_TOKEN_REFUSED"), runs.get(2)::toString);
            for (CliRun run : runs) {
                for (String secret : forbidden) {
                    assertFalse(run.out().contains(secret), "output leaks " + secret + ":\n" + run);
                    assertFalse(run.err().contains(secret), "errors leak " + secret);
                }
            }
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        assertFalse(logged.isEmpty(), "the libraries did log something to search");
        for (String line : logged) {
            for (String secret : forbidden) {
                assertFalse(line.contains(secret), "log leaks the token: " + line);
            }
        }
    }

    /** A log handler that keeps every record but the test's own mail server's. */
    private static Handler capture(List<String> logged) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (String.valueOf(record.getLoggerName()).startsWith("com.icegreen")) {
                    return; // the test's own mail server logs what it receives; only the client side is on trial
                }
                logged.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void passwordAppearsInNoOutputTranscriptOrLog() throws Exception {
        String user = MailWorld.ADDRESS;
        String password = MailWorld.PASSWORD;
        List<String> forbidden = List.of(password,
                b64(password), b64("\0" + user + "\0" + password), b64(user + "\0" + password),
                Base64.getUrlEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (String.valueOf(record.getLoggerName()).startsWith("com.icegreen")) {
                    return; // the test's own mail server logs what it receives; only the client side is on trial
                }
                logged.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.scripted(MailWorld.startTlsServer().build(), 587);
            world.scripted(MailWorld.startTlsServer().authBeforeTls(true).build(), 25);
            List<CliRun> runs = List.of(
                    world.check("--port", "465", "--security", "tls", "--json"),
                    world.check("--port", "587", "--transcript"),
                    world.checkWithPassword("wrong " + password, "--port", "587", "--json"),
                    world.check("--port", "25", "--security", "none", "--allow-plaintext-auth", "--json"));
            assertTrue(runs.get(0).codes().contains("CAN_SEND"), runs.get(0)::toString);
            assertTrue(runs.get(1).out().contains("AUTH PLAIN ********"), "the transcript shows where the password went");
            for (CliRun run : runs) {
                for (String secret : forbidden) {
                    assertFalse(run.out().contains(secret), "output leaks " + secret + ":\n" + run);
                    assertFalse(run.err().contains(secret), "errors leak " + secret);
                }
            }
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        assertFalse(logged.isEmpty(), "the libraries did log something to search");
        for (String line : logged) {
            for (String secret : forbidden) {
                assertFalse(line.contains(secret), "log leaks the password: " + line);
            }
        }
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
