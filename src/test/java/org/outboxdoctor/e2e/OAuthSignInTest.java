package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.ScriptedSmtpServer;

/**
 * Issue 15 item 4: `check --oauth-token-env` signs in with a bearer token, against scripted loopback servers that speak
 * Gmail's and Exchange Online's real replies and against GreenMail's IMAP XOAUTH2. The token crosses each connection
 * once, and a refused token is never a wrong password.
 */
class OAuthSignInTest {
    private static final String TOKEN = MailWorld.TOKEN;
    private static final String GOOGLE_CHALLENGE =
            "{\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}";
    private static final String GMAIL_EHLO_AUTH = "LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH";

    @Test
    void anAcceptedTokenSendsWithXoauth2() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer server = world.scripted(MailWorld.startTlsServer().authMechanisms(GMAIL_EHLO_AUTH)
                    .user(MailWorld.ADDRESS, TOKEN).build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json", "--transcript");

            assertEquals("CAN_SEND", run.verdict(), run::toString);
            assertEquals(0, run.exit(), run::toString);
            assertEquals(1, server.tokensReceived(), "the token crossed the wire once");
            assertTrue(server.commands().contains("AUTH XOAUTH2 ********"), server.commands()::toString);
            assertEquals("oauth", run.json().getAsJsonObject("current").get("signIn").getAsString());
            assertTrue(run.json().getAsJsonObject("current").get("auth").getAsBoolean(), "every existing field stays");
            assertTrue(probe(run, "smtp-587").get("transcript").toString().contains("C: AUTH XOAUTH2 ********"), run::toString);
            assertFalse(run.out().contains(TOKEN), run::toString);
        }
    }

    @Test
    void aServerOfferingOnlyOauthbearerGetsTheTokenThatWay() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer server = world.scripted(MailWorld.startTlsServer().authMechanisms("OAUTHBEARER")
                    .user(MailWorld.ADDRESS, TOKEN).build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json");

            assertEquals("CAN_SEND", run.verdict(), run::toString);
            assertTrue(server.commands().contains("AUTH OAUTHBEARER ********"), server.commands()::toString);
            assertEquals(1, server.tokensReceived());
            assertFalse(run.codes().contains("OAUTH_REQUIRED"), "a token run on a token-only server is no policy problem");
        }
    }

    @Test
    void gmailsErrorChallengeIsAnsweredWithoutTheTokenAndExplained() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer server = world.scripted(MailWorld.startTlsServer().authMechanisms(GMAIL_EHLO_AUTH)
                    .tokenErrorChallenge(GOOGLE_CHALLENGE)
                    .authReply("535-5.7.8 Username and Password not accepted. For more information, go to\n"
                            + "535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1-20020a05-gsmtp").build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json", "--profile", "google", "--today", "2026-12-04");

            assertEquals("OAUTH_TOKEN_REFUSED", run.topCode(), run::toString);
            assertEquals(1, run.exit());
            for (String never : List.of("WRONG_PASSWORD", "APP_PASSWORD_REQUIRED", "OAUTH_REQUIRED", "SMTP_AUTH_REFUSED")) {
                assertFalse(run.codes().contains(never), never + " in " + run);
            }
            JsonObject finding = run.finding("OAUTH_TOKEN_REFUSED");
            assertEquals("proven", finding.get("certainty").getAsString());
            assertTrue(finding.get("evidence").toString().contains("AUTH XOAUTH2 → 535 5.7.8 Username and Password"), run::toString);
            assertTrue(finding.get("evidence").toString().contains("scope\\\":\\\"https://mail.google.com/"), run::toString);
            assertTrue(finding.get("fix").toString().contains("scope): https://mail.google.com/"), run::toString);
            assertEquals(1, server.tokensReceived(), "the empty answer to the challenge carries no token");
            assertEquals(List.of("AUTH XOAUTH2 ********", "********"), server.commands().stream()
                    .filter(c -> c.startsWith("AUTH") || c.equals("********")).toList());
            assertEquals(1, run.number("authAttempts"));
        }
    }

    @Test
    void exchangeOnlinesBareRefusalIsARefusedTokenNotAPolicy() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer server = world.scripted(MailWorld.startTlsServer().authMechanisms("LOGIN XOAUTH2")
                    .authReply("535 5.7.3 Authentication unsuccessful [SN4PR0501CA0001.namprd05.prod.outlook.com]").build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json", "--profile", "microsoft365",
                    "--today", "2027-01-15");

            assertEquals("OAUTH_TOKEN_REFUSED", run.topCode(), run::toString);
            assertFalse(run.codes().contains("OAUTH_REQUIRED"), run::toString);
            assertFalse(run.codes().contains("WRONG_PASSWORD"), run::toString);
            String fix = run.finding("OAUTH_TOKEN_REFUSED").get("fix").toString();
            assertTrue(fix.contains("https://outlook.office.com/SMTP.Send"), fix);
            assertFalse(fix.contains("offline_access"), fix);
            assertEquals(1, server.tokensReceived());
        }
    }

    @Test
    void microsoftsTenantSwitchStillExplainsARefusedToken() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(MailWorld.startTlsServer().authMechanisms("LOGIN XOAUTH2").authReply(
                    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.").build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json", "--profile", "microsoft365",
                    "--today", "2027-01-15");

            assertEquals("SMTP_AUTH_DISABLED", run.topCode(), run::toString);
            assertFalse(run.codes().contains("OAUTH_TOKEN_REFUSED"), run::toString);
        }
    }

    @Test
    void aServerWithoutTokenSignInIsToldAndGetsNoToken() throws Exception {
        try (MailWorld world = new MailWorld()) {
            ScriptedSmtpServer server = world.scripted(MailWorld.startTlsServer().authMechanisms("PLAIN LOGIN").build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json");

            assertEquals("OAUTH_NOT_OFFERED", run.topCode(), run::toString);
            JsonObject finding = run.finding("OAUTH_NOT_OFFERED");
            assertEquals("proven", finding.get("certainty").getAsString(), "EHLO was read over TLS");
            assertTrue(finding.get("evidence").toString().contains("port 587: EHLO after TLS offers AUTH LOGIN PLAIN"), run::toString);
            assertEquals(0, server.authAttempts());
            assertEquals(0, server.tokensReceived());
            assertFalse(run.codes().contains("WRONG_PASSWORD"), run::toString);
        }
    }

    @Test
    void theMailboxSignsInWithXoauth2AndTellsAScopeProblemFromAnExpiredToken() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.greenMail().setUser(MailWorld.ADDRESS, MailWorld.ADDRESS, TOKEN);
            world.scripted(MailWorld.startTlsServer().authMechanisms("LOGIN XOAUTH2")
                    .authReply("535 5.7.3 Authentication unsuccessful").build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json", "--transcript");

            JsonObject imap = probe(run, "login-imap-993");
            assertEquals("accepted", imap.get("status").getAsString(), run::toString);
            assertTrue(imap.get("said").getAsString().contains("sign-in token was accepted"), run::toString);
            assertEquals("OAUTH_TOKEN_REFUSED", run.topCode(), run::toString);
            assertTrue(run.finding("OAUTH_TOKEN_REFUSED").get("detail").getAsString()
                    .contains("signed in to read mail but was refused for sending"), run::toString);
            assertFalse(run.out().contains(TOKEN), run::toString);
        }
    }

    @Test
    void aTokenTheMailboxRefusesIsARefusedTokenToo() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().authMechanisms("PLAIN").build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json");

            assertEquals("rejected", probe(run, "login-imap-993").get("status").getAsString(), run::toString);
            assertTrue(run.codes().contains("OAUTH_TOKEN_REFUSED"), run::toString);
            assertTrue(run.finding("OAUTH_TOKEN_REFUSED").get("evidence").toString().contains("IMAP login on port 993: token refused"),
                    run::toString);
            assertFalse(run.codes().contains("WRONG_PASSWORD"), run::toString);
        }
    }

    @Test
    void pop3SignsInWithXoauth2Too() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.greenMail().setUser(MailWorld.ADDRESS, MailWorld.ADDRESS, TOKEN);
            world.map(995, world.greenMail().getPop3s().getPort());
            world.scripted(MailWorld.startTlsServer().authMechanisms("XOAUTH2")
                    .authReply("535 5.7.3 Authentication unsuccessful").build(), 587);

            CliRun run = world.checkWithToken(TOKEN, "--port", "587", "--json", "--profile", "generic", "--transcript");

            JsonObject pop3 = probe(run, "login-pop3-995");
            assertEquals("accepted", pop3.get("status").getAsString(), run::toString);
            assertTrue(pop3.get("transcript").toString().contains("with a token by XOAUTH2"), run::toString);
            assertTrue(run.finding("OAUTH_TOKEN_REFUSED").get("detail").getAsString()
                    .contains("signed in to read mail but was refused for sending"), run::toString);
            assertFalse(run.out().contains(TOKEN), run::toString);
        }
    }

    private static JsonObject probe(CliRun run, String id) {
        for (JsonElement p : run.probes()) {
            if (p.getAsJsonObject().get("id").getAsString().equals(id)) {
                return p.getAsJsonObject();
            }
        }
        throw new AssertionError("no probe " + id + " in " + run);
    }
}
