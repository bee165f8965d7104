package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15's sign-in replies, each spoken by a loopback server, with the provider chosen by its MX (names in the
 * loopback DNS only, never resolved publicly) or by --profile, on a fixed date. None ends as a wrong password.
 * "\n" in a reply makes it multi-line.
 */
class SignInRepliesTest {
    private static final String AFTER_M365_SWITCH = "2027-01-15";
    private static final String BEFORE_M365_SWITCH = "2026-12-04";

    @ParameterizedTest(name = "{0} on {1}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            mx:contoso-test.mail.protection.outlook.com | 2027-01-15 | 550 5.7.30 Basic authentication is not supported for Client Submission. | OAUTH_REQUIRED
            profile:microsoft365 | 2027-01-15 | 535 5.7.30 Basic authentication is not supported for Client Submission. | OAUTH_REQUIRED
            profile:microsoft365 | 2027-01-15 | 550-5.7.30 Basic authentication is not supported\\n550 5.7.30 for Client Submission. | OAUTH_REQUIRED
            profile:microsoft365 | 2026-12-04 | 550 5.7.30 Basic authentication is not supported for Client Submission. | SMTP_AUTH_DISABLED
            profile:outlookcom | 2026-12-04 | 550 5.7.30 Basic authentication is not supported for Client Submission. | OAUTH_REQUIRED
            profile:generic | 2026-12-04 | 550 5.7.30 Basic authentication is not supported for Client Submission. | OAUTH_REQUIRED
            mx:hotmail-com.olc.protection.outlook.com | 2026-12-04 | 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. | OAUTH_REQUIRED
            profile:outlookcom | 2026-12-04 | 535 5.7.3 Authentication unsuccessful, basic authentication is disabled. [PR3P191CA0001] | OAUTH_REQUIRED
            profile:microsoft365 | 2027-01-15 | 535-5.7.139 Authentication unsuccessful,\\n535 5.7.139 basic authentication is disabled. | OAUTH_REQUIRED
            profile:microsoft365 | 2026-12-04 | 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. | SMTP_AUTH_DISABLED
            profile:microsoft365 | 2026-12-04 | 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. | SMTP_AUTH_DISABLED
            profile:microsoft365 | 2027-01-15 | 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. | SMTP_AUTH_DISABLED
            profile:microsoft365 | 2026-12-04 | 535 5.7.3 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled | SMTP_AUTH_DISABLED
            profile:generic | 2026-12-04 | 535-5.7.139 Authentication unsuccessful,\\n535 5.7.139 SmtpClientAuthentication is disabled for the Tenant. | SMTP_AUTH_DISABLED
            mx:contoso-test.mail.protection.outlook.com | 2027-01-15 | 535 5.7.3 Authentication unsuccessful | OAUTH_REQUIRED
            profile:microsoft365 | 2027-01-15 | 535 5.7.3 Authentication unsuccessful [SN4PR0501CA0001.namprd05.prod.outlook.com] | OAUTH_REQUIRED
            profile:outlookcom | 2026-12-04 | 535-5.7.3 Authentication\\n535 5.7.3 unsuccessful | OAUTH_REQUIRED
            profile:microsoft365 | 2026-12-04 | 530 5.7.57 Client not authenticated to send mail | SMTP_AUTH_DISABLED
            profile:microsoft365 | 2027-01-15 | 530 5.7.57 Client not authenticated to send mail. [DB6PR07CA0001.eurprd07.prod.outlook.com] | SMTP_AUTH_DISABLED
            profile:generic | 2026-12-04 | 530-5.7.57 Client not authenticated\\n530 5.7.57 to send mail. | SMTP_AUTH_DISABLED
            mx:aspmx.l.google.com | 2026-12-04 | 534-5.7.9 Application-specific password required. Learn more at\\n534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor x1-gsmtp | APP_PASSWORD_REQUIRED
            profile:google | 2026-12-04 | 534 5.7.9 Application-specific password required. | APP_PASSWORD_REQUIRED
            profile:generic | 2026-12-04 | 535 5.7.9 Please use an application-specific password | APP_PASSWORD_REQUIRED
            mx:alt1.aspmx.l.googlemail.com | 2026-12-04 | 535-5.7.8 Username and Password not accepted. Learn more at\\n535 5.7.8 https://support.google.com/mail/?p=BadCredentials x1-gsmtp | APP_PASSWORD_REQUIRED
            profile:google | 2026-12-04 | 535 5.7.8 Username and Password not accepted. | APP_PASSWORD_REQUIRED
            profile:google | 2026-12-04 | 535 5.7.8 Authentication failed | APP_PASSWORD_REQUIRED
            mx:aspmx.l.google.com | 2026-12-04 | 534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1>\\n534-5.7.14 Please log in via your web browser and\\n534-5.7.14 then try again.\\n534 5.7.14 Learn more at https://support.google.com/mail/answer/78754 x1-gsmtp | SIGN_IN_BLOCKED
            profile:google | 2026-12-04 | 534 5.7.14 Please log in via your web browser and then try again. | SIGN_IN_BLOCKED
            profile:generic | 2026-12-04 | 535 5.7.14 Please log in with your web browser | SIGN_IN_BLOCKED
            mx:mta5.am0.yahoodns.net | 2026-12-04 | 535 5.7.0 (#AUTH005) Too many bad auth attempts. | APP_PASSWORD_REQUIRED
            mx:mx-aol.mail.gm0.yahoodns.net | 2026-12-04 | 535 5.7.1 (#AUTH005) Too many bad auth attempts. | APP_PASSWORD_REQUIRED
            profile:yahoo | 2026-12-04 | 535 (#AUTH005) Too many bad auth attempts | APP_PASSWORD_REQUIRED
            profile:aol | 2026-12-04 | 535-5.7.0 (#AUTH005)\\n535 5.7.0 Too many bad auth attempts. | APP_PASSWORD_REQUIRED
            """)
    void aSignInReplyIsExplainedNotCalledAWrongPassword(String provider, String today, String reply, String expected)
            throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().authReply(reply.replace("\\n", "\n")).build(), 587);

            CliRun run = world.check(args(world, provider, today));

            assertEquals(expected, run.topCode(), run::toString);
            assertFalse(run.codes().contains("WRONG_PASSWORD"), run::toString);
            assertFalse(run.codes().contains("SMTP_AUTH_REFUSED"), run::toString);
            String firstLine = reply.split("\\\\n")[0].substring(4);
            assertTrue(run.finding(expected).get("evidence").toString().contains(firstLine.substring(0, 12)), run::toString);
        }
    }

    @ParameterizedTest(name = "EHLO offers AUTH {0}")
    @CsvSource({"XOAUTH2 OAUTHBEARER, profile:yahoo", "XOAUTH2, profile:generic", "OAUTHBEARER, mx:contoso-test.mail.protection.outlook.com"})
    void aServerThatOffersOnlyTokenSignInTakesNoPassword(String mechanisms, String provider) throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().authMechanisms(mechanisms).build(), 587);

            CliRun run = world.check(args(world, provider, BEFORE_M365_SWITCH));

            assertEquals("OAUTH_REQUIRED", run.topCode(), run::toString);
            assertFalse(run.codes().contains("WRONG_PASSWORD"), run::toString);
            assertTrue(run.finding("OAUTH_REQUIRED").get("evidence").toString().contains("EHLO offers only AUTH"), run::toString);
        }
    }

    @Test
    void theSameReplyIsExplainedByTheDayOfTheProvidersSwitch() throws Exception {
        String reply = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.";
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().authReply(reply).build(), 587);

            CliRun before = world.check(args(world, "profile:microsoft365", BEFORE_M365_SWITCH));
            CliRun after = world.check(args(world, "profile:microsoft365", AFTER_M365_SWITCH));

            assertEquals("SMTP_AUTH_DISABLED", before.topCode(), before::toString);
            assertTrue(before.finding("SMTP_AUTH_DISABLED").get("detail").getAsString().contains("2026-12-31"), before::toString);
            assertEquals("OAUTH_REQUIRED", after.topCode(), after::toString);
            assertEquals("microsoft365", after.json().getAsJsonObject("provider").get("id").getAsString());
            assertEquals("Microsoft 365 (Exchange Online)", after.json().getAsJsonObject("provider").get("name").getAsString());
            assertEquals("password", before.json().getAsJsonObject("provider").get("policy").getAsString());
            assertEquals("oauth-only", after.json().getAsJsonObject("provider").get("policy").getAsString());
            assertTrue(before.json().has("current") && before.json().has("probes") && before.json().has("recommended"));
        }
    }

    @Test
    void theTextReportNamesTheProvider() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().authReply("534 5.7.9 Application-specific password required.").build(), 587);

            CliRun run = world.check("--port", "587", "--profile", "google", "--today", BEFORE_M365_SWITCH);

            assertTrue(run.out().contains("Provider: Gmail / Google Workspace (sign-in on 2026-12-04: sign-in through the provider's page or an app password)"),
                    run::toString);
            assertTrue(run.out().contains("(APP_PASSWORD_REQUIRED)"), run::toString);
        }
    }

    @Test
    void beforeGoogleStoppedTakingPasswordsARefusalWasAWrongPassword() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().authReply("535 5.7.8 Username and Password not accepted.").build(), 587);

            CliRun before = world.check(args(world, "profile:google", "2022-05-29"));
            CliRun after = world.check(args(world, "profile:google", "2022-05-30"));

            assertEquals("WRONG_PASSWORD", before.topCode(), before::toString);
            assertEquals("APP_PASSWORD_REQUIRED", after.topCode(), after::toString);
            String fix = after.finding("APP_PASSWORD_REQUIRED").get("fix").toString();
            assertTrue(fix.contains("https://support.google.com/accounts/answer/185833"), fix);
            assertTrue(fix.contains("Authentication method: OAuth2"), fix);
        }
    }

    /** "--profile ID", or the address's domain given an MX host by that name in the loopback DNS only. */
    static String[] args(MailWorld world, String provider, String today) {
        List<String> args = new ArrayList<>(List.of("--port", "587", "--json", "--today", today));
        String[] kind = provider.split(":", 2);
        if (kind[0].equals("profile")) {
            args.addAll(List.of("--profile", kind[1]));
        } else {
            world.dns.remove("example.test").mx("example.test", 10, kind[1]);
        }
        return args.toArray(String[]::new);
    }
}
