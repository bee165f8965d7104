package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNotSays;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.settings.SignInMethod;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;
import org.outboxdoctor.testing.SmtpPortBuilder;

/** Signing in with an OAuth token: refused, not offered, or accepted; never a wrong password. */
class OAuthRulesTest {
    private static final String GOOGLE_CHALLENGE =
            "{\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}";

    private static CheckEvidence.Builder tokenRun() {
        return EvidenceFixture.evidence(587, Security.STARTTLS).signIn(SignInMethod.OAUTH_TOKEN);
    }

    private static SmtpPortBuilder port587() {
        return Probes.port(587).yours().greets().ehlo().ehloAfterTls("LOGIN", "PLAIN", "XOAUTH2")
                .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER));
    }

    @Test
    void aRefusedTokenIsNeverAWrongPasswordAndQuotesTheChallenge() {
        Diagnosis d = diagnose(tokenRun().port(port587()
                .tokenRefused("XOAUTH2", 535, "5.7.8 Username and Password not accepted.", GOOGLE_CHALLENGE).build()));

        Finding f = finding(d, FindingCode.OAUTH_TOKEN_REFUSED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "may have expired", "The server's answer names what it expected: " + GOOGLE_CHALLENGE,
                "port 587: AUTH XOAUTH2 → 535 5.7.8 Username and Password not accepted.",
                "port 587: the server's challenge before that reply: " + GOOGLE_CHALLENGE,
                "https://mail.google.com/", "https://outlook.office.com/SMTP.Send", "made for the account \"alice@example.test\"",
                "do not reset it");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
        assertNoFinding(d, FindingCode.SMTP_AUTH_REFUSED);
        assertEquals(Optional.of(FindingCode.OAUTH_TOKEN_REFUSED), d.top().map(Finding::code));
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void theSameRefusalWithAPasswordIsStillAWrongPassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS).port(port587()
                .authRefused(535, "5.7.8 Username and Password not accepted.").build()));

        finding(d, FindingCode.WRONG_PASSWORD);
        assertNoFinding(d, FindingCode.OAUTH_TOKEN_REFUSED);
    }

    @Test
    void aTokenTheMailboxTookButSendingRefusedLacksTheSendingPermission() {
        Diagnosis d = diagnose(tokenRun().port(port587().tokenRefused("XOAUTH2", 535, "5.7.3 Authentication unsuccessful", "")
                .build()).login(Probes.mailboxAccepted(MailboxProtocol.IMAP, 993)));

        Finding f = finding(d, FindingCode.OAUTH_TOKEN_REFUSED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "signed in to read mail but was refused for sending", "IMAP login on port 993: token accepted");
        assertNotSays(f, "names what it expected");
    }

    @Test
    void aTokenOnlyTheMailboxRefusedIsRefusedToo() {
        Diagnosis d = diagnose(tokenRun().port(Probes.port(587).yours().greets().ehlo().ehloAfterTls("XOAUTH2")
                        .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER)).authSkipped(AuthOutcome.INTERRUPTED).build())
                .login(Probes.mailboxRefused(MailboxProtocol.IMAP, 993, "[AUTHENTICATIONFAILED] Invalid credentials (Failure)")));

        Finding f = finding(d, FindingCode.OAUTH_TOKEN_REFUSED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "IMAP login on port 993: token refused: [AUTHENTICATIONFAILED] Invalid credentials");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
    }

    @Test
    void aSecurityHoldStillExplainsARefusedToken() {
        Diagnosis d = diagnose(tokenRun().port(port587().tokenRefused("XOAUTH2", 534,
                "5.7.14 Please log in via your web browser and then try again.", "").build()));

        finding(d, FindingCode.SIGN_IN_BLOCKED);
        assertNoFinding(d, FindingCode.OAUTH_TOKEN_REFUSED);
    }

    @Test
    void passwordPoliciesDoNotApplyToAToken() {
        Diagnosis d = diagnose(tokenRun().port(port587().tokenRefused("XOAUTH2", 535,
                "5.7.139 Authentication unsuccessful, basic authentication is disabled.", "").build()));

        finding(d, FindingCode.OAUTH_TOKEN_REFUSED);
        assertNoFinding(d, FindingCode.OAUTH_REQUIRED);
        assertNoFinding(d, FindingCode.APP_PASSWORD_REQUIRED);
    }

    @Test
    void anAcceptedTokenSendsLikeAPassword() {
        Diagnosis d = diagnose(tokenRun().port(port587().tokenAccepted("OAUTHBEARER").sends().build()));

        finding(d, FindingCode.CAN_SEND, Severity.OK, Certainty.PROVEN);
        assertEquals(Verdict.CAN_SEND, d.verdict());
        assertEquals("Sending on port 587 (your mail program's): your sign-in token was accepted (OAUTHBEARER).",
                d.judgement("auth-587").orElseThrow().sentence());
    }

    @Test
    void aServerWithoutTokenSignInAfterTlsIsProven() {
        Diagnosis d = diagnose(tokenRun().port(Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN", "LOGIN")
                .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER)).authSkipped(AuthOutcome.OAUTH_NOT_OFFERED).build()));

        Finding f = finding(d, FindingCode.OAUTH_NOT_OFFERED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "port 587: EHLO after TLS offers AUTH LOGIN PLAIN, neither XOAUTH2 nor OAUTHBEARER",
                "offers sign-in only with a password (LOGIN, PLAIN)", "--password-env");
        assertEquals("Sending on port 587 (your mail program's): not tried, because this server does not offer sign-in with a token.",
                d.judgement("auth-587").orElseThrow().sentence());
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
    }

    @Test
    void whatPlainTextEhloSaidIsOnlyLikely() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.NONE).signIn(SignInMethod.OAUTH_TOKEN)
                .port(Probes.port(25).yours().greets().ehlo("PLAIN", "LOGIN").authSkipped(AuthOutcome.OAUTH_NOT_OFFERED).build()));

        Finding f = finding(d, FindingCode.OAUTH_NOT_OFFERED, Severity.PROBLEM, Certainty.LIKELY);
        assertSays(f, "port 587: EHLO offers".replace("587", "25"), "before the connection was encrypted");
    }
}
