package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.discovery.DiscoveryResult;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthAttempt;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.Security;

/** The sign-in policy rules on evidence built by hand: the mailbox login's words, the SMTP refusal, the day. */
class SignInPolicyRulesTest {
    private static final Diagnoser DIAGNOSER = new Diagnoser(Locale.ROOT);

    @ParameterizedTest(name = "{0} on {1}: IMAP \"{2}\" → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            google | 2026-12-04 | [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure) | SIGN_IN_BLOCKED
            generic | 2026-12-04 | [WEBALERT https://accounts.google.com/signin/continue?sarp=1] Web login required. | SIGN_IN_BLOCKED
            google | 2026-12-04 | [WEBALERT https://accounts.google.com/x] Please sign in via your web browser | SIGN_IN_BLOCKED
            google | 2026-12-04 | [AUTHENTICATIONFAILED] Invalid credentials (Failure) | APP_PASSWORD_REQUIRED
            google | 2026-12-04 | [ALERT] Invalid credentials (Failure) | APP_PASSWORD_REQUIRED
            outlookcom | 2026-12-04 | [AUTHENTICATIONFAILED] AUTHENTICATE failed. | OAUTH_REQUIRED
            microsoft365 | 2027-01-15 | [AUTHENTICATIONFAILED] AUTHENTICATE failed. | OAUTH_REQUIRED
            yahoo | 2026-12-04 | [AUTHENTICATIONFAILED] LOGIN Invalid credentials | APP_PASSWORD_REQUIRED
            icloud | 2026-12-04 | [AUTHENTICATIONFAILED] Authentication failed. | APP_PASSWORD_REQUIRED
            generic | 2026-12-04 | [AUTHENTICATIONFAILED] Authentication failed. | WRONG_PASSWORD
            microsoft365 | 2026-12-04 | [AUTHENTICATIONFAILED] AUTHENTICATE failed. | WRONG_PASSWORD
            """)
    void aMailboxRefusalIsReadWithTheProvidersPolicy(String profile, String day, String imapText, String expected) {
        CheckEvidence e = evidence(profile, day, "535 5.7.8 Error: authentication failed", imapText, "PLAIN LOGIN");

        Diagnosis d = DIAGNOSER.diagnose(e);

        assertEquals(expected, d.top().orElseThrow().code().name(), d.findings()::toString);
        if (!expected.equals("WRONG_PASSWORD")) {
            assertFalse(d.findings().stream().anyMatch(f -> f.code() == FindingCode.WRONG_PASSWORD), d.findings()::toString);
        }
    }

    @Test
    void theFixNamesEachMailProgramAndTheProvidersAppPasswordPage() {
        Diagnosis d = DIAGNOSER.diagnose(evidence("yahoo", "2026-12-04", "535 5.7.0 (#AUTH005) Too many bad auth attempts.",
                "[AUTHENTICATIONFAILED] LOGIN Invalid credentials", "PLAIN LOGIN XOAUTH2 OAUTHBEARER"));

        Finding f = d.top().orElseThrow();
        assertEquals(FindingCode.APP_PASSWORD_REQUIRED, f.code());
        String fix = String.join("\n", f.fix());
        assertTrue(fix.contains("https://help.yahoo.com/kb/SLN15241.html"), fix);
        assertTrue(fix.contains("Authentication method: OAuth2"), fix);
        assertTrue(fix.contains("Outlook: remove the account and add it again"), fix);
        assertTrue(fix.contains("Apple Mail / iPhone"), fix);
        assertTrue(fix.contains("Android"), fix);
        assertTrue(f.detail().contains("#AUTH005") && f.detail().contains("Yahoo Mail"), f.detail());
        assertTrue(f.evidence().stream().anyMatch(l -> l.contains("sign-in policy on 2026-12-04: oauth-or-app-password")),
                f.evidence()::toString);

        // per mail program: the lines for everyone, and only the chosen program's sign-in line; null gives all
        List<String> thunderbird = f.fixFor(MailProgram.THUNDERBIRD);
        assertTrue(thunderbird.stream().anyMatch(l -> l.contains("Authentication method: OAuth2")), thunderbird::toString);
        assertTrue(thunderbird.stream().noneMatch(l -> l.startsWith("Outlook:") || l.startsWith("Android:")
                || l.startsWith("Apple Mail")), thunderbird::toString);
        assertTrue(thunderbird.stream().anyMatch(l -> l.contains("https://help.yahoo.com/kb/SLN15241.html")), thunderbird::toString);
        assertEquals(f.fix().size() - 3, thunderbird.size(), thunderbird::toString);
        List<String> phone = f.fixFor(MailProgram.IPHONE_IPAD_MAIL);
        assertTrue(phone.stream().anyMatch(l -> l.startsWith("Apple Mail / iPhone")), phone::toString);
        assertEquals(f.fix(), f.fixFor(null));
    }

    @Test
    void theTenantSwitchIsNamedExactly() {
        Diagnosis d = DIAGNOSER.diagnose(evidence("microsoft365", "2027-01-15",
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", null, "LOGIN"));

        Finding f = d.top().orElseThrow();
        assertEquals(FindingCode.SMTP_AUTH_DISABLED, f.code());
        assertTrue(String.join(" ", f.fix()).contains("SmtpClientAuthenticationDisabled"), f.fix()::toString);
        assertTrue(String.join(" ", f.fix()).contains("\"Authenticated SMTP\""), f.fix()::toString);
        assertTrue(f.detail().contains("since 2026-12-31"), f.detail());
    }

    @Test
    void iCloudSaysWhichAddressLogsIn() {
        Finding f = DIAGNOSER.diagnose(evidence("icloud", "2026-12-04", "535 5.7.8 Authentication failed", null, "PLAIN"))
                .top().orElseThrow();
        assertEquals(FindingCode.APP_PASSWORD_REQUIRED, f.code());
        assertTrue(String.join(" ", f.fix()).contains("@icloud.com"), f.fix()::toString);
        assertTrue(String.join(" ", f.fix()).contains("https://support.apple.com/en-us/102654"), f.fix()::toString);
    }

    @Test
    void eachSignInPolicyFindingIsProvenWhenTheServerSaysIt() {
        Diagnosis hold = DIAGNOSER.diagnose(evidence("google", "2026-12-04",
                "534 5.7.14 <https://accounts.google.com/signin/continue> Please log in via your web browser and then try again.",
                null, "PLAIN LOGIN XOAUTH2"));
        Diagnosed.finding(hold, FindingCode.SIGN_IN_BLOCKED, Severity.PROBLEM, Certainty.PROVEN);

        Diagnosis appPassword = DIAGNOSER.diagnose(evidence("google", "2026-12-04",
                "534 5.7.9 Application-specific password required.", null, "PLAIN LOGIN XOAUTH2"));
        Diagnosed.finding(appPassword, FindingCode.APP_PASSWORD_REQUIRED, Severity.PROBLEM, Certainty.PROVEN);

        Diagnosis oauth = DIAGNOSER.diagnose(evidence("outlookcom", "2026-12-04",
                "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.", null, "LOGIN XOAUTH2"));
        Diagnosed.finding(oauth, FindingCode.OAUTH_REQUIRED, Severity.PROBLEM, Certainty.PROVEN);

        Diagnosis tenant = DIAGNOSER.diagnose(evidence("microsoft365", "2026-12-04",
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", null, "LOGIN"));
        Diagnosed.finding(tenant, FindingCode.SMTP_AUTH_DISABLED, Severity.PROBLEM, Certainty.PROVEN);
    }

    /** Port 587 refuses the login with {@code smtpReply}; the IMAP login (when {@code imapText} is given) is refused too. */
    private static CheckEvidence evidence(String profile, String day, String smtpReply, String imapText, String mechanisms) {
        EmailAddress address = EmailAddress.parse("alice@example.test");
        MailSettings settings = new MailSettings(address, "alice@example.test", "mail.example.test", 587, Security.STARTTLS,
                true, List.of());
        HostResolution server;
        try {
            server = new HostResolution("mail.example.test", List.of(InetAddress.getByName("127.0.0.1")), List.of(), List.of());
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        int code = Integer.parseInt(smtpReply.substring(0, 3));
        SmtpReply ehlo = new SmtpReply(250, List.of("mail.example.test", "AUTH " + mechanisms));
        SmtpPortResult port = new SmtpPortResult("mail.example.test", "127.0.0.1", 587, true, Security.STARTTLS,
                Security.STARTTLS, 2, new SmtpReply(220, List.of("mail.example.test ESMTP")),
                org.outboxdoctor.probe.smtp.EhloCapabilities.parse(ehlo), null, null, null, null,
                new AuthAttempt(AuthOutcome.REJECTED, "PLAIN", new SmtpReply(code, List.of(smtpReply.substring(4))),
                        Security.STARTTLS, ""), null, null, null, List.of(), 40);
        CheckEvidence.Builder b = CheckEvidence.builder(settings).server(server).checkedHost("mail.example.test").port(port)
                .discovery(new DiscoveryResult(ProviderCatalog.load().require(profile), "test", List.of(), List.of()))
                .counts(2, 1, imapText == null ? 0 : 1).checkedOn(LocalDate.parse(day));
        if (imapText != null) {
            b.login(new LoginResult("IMAP", "mail.example.test", 993, Security.TLS, LoginOutcome.REJECTED, imapText, null,
                    null, List.of(), 30));
        }
        return b.build();
    }
}
