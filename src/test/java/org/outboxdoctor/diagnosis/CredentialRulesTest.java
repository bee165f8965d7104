package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNotSays;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;
import org.outboxdoctor.testing.SmtpPortBuilder;

/** The password: who refused it, and how sure that makes the answer. */
class CredentialRulesTest {
    private static final String BAD_CREDENTIALS = "5.7.8 Error: authentication failed: authentication failure";
    private static final String DOVECOT_REFUSAL = "[AUTHENTICATIONFAILED] Authentication failed.";

    /** Port 587 greets, offers AUTH after STARTTLS with a genuine certificate, and answers the login with {@code code text}. */
    private static SmtpPortBuilder loginRefused(int code, String text) {
        return Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN", "LOGIN")
                .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER)).authRefused(code, text);
    }

    @Test
    void wrongPasswordIsProvenWhenTheMailboxRefusedTheSamePasswordToo() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(535, BAD_CREDENTIALS).build())
                .login(Probes.mailboxRefused(MailboxProtocol.IMAP, 993, DOVECOT_REFUSAL)));

        Finding f = finding(d, FindingCode.WRONG_PASSWORD, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Both the outgoing server and the server for reading mail refuse the password",
                "The user name is \"alice@example.test\"", "port 587: AUTH PLAIN → 535 5.7.8 Error: authentication failed",
                "IMAP login on port 993: password refused: " + DOVECOT_REFUSAL, "check Caps Lock");
        assertEquals(Verdict.PROBLEM, d.verdict());
        assertEquals(Optional.of(FindingCode.WRONG_PASSWORD), d.top().map(Finding::code));
        assertEquals(Optional.of(new RecommendedSettings(EvidenceFixture.SERVER, 587, Security.STARTTLS,
                EvidenceFixture.ADDRESS, true, false)), d.recommended(), "the settings that answered, not proven to send");
    }

    @Test
    void wrongPasswordIsProvenWhenOnlyTheMailboxCouldJudgeThePassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN").build())
                .login(Probes.mailboxRefused(MailboxProtocol.IMAP, 993, DOVECOT_REFUSAL)));

        Finding f = finding(d, FindingCode.WRONG_PASSWORD, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "The server for reading mail refuses the password.");
    }

    @Test
    void wrongPasswordIsOnlyLikelyWhenOnlySendingRefusedItAsBadCredentials() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(535, BAD_CREDENTIALS).build())
                .login(Probes.mailboxUnreachable(MailboxProtocol.IMAP, 993)));

        Finding f = finding(d, FindingCode.WRONG_PASSWORD, Severity.PROBLEM, Certainty.LIKELY);
        assertSays(f, "Reading mail could not be checked, so there are two explanations",
                "or this account may not log in to send", "log in to your webmail with the same user name and password");
        assertNotSays(f, "Both the outgoing server");
        assertNoFinding(d, FindingCode.SMTP_AUTH_REFUSED);
    }

    @Test
    void wrongPasswordIsOnlyPossibleWhenTheRefusalDoesNotSayWhy() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(554, "5.7.0 Transaction failed").build()));

        Finding f = finding(d, FindingCode.WRONG_PASSWORD, Severity.PROBLEM, Certainty.POSSIBLE);
        assertSays(f, "port 587: AUTH PLAIN → 554 5.7.0 Transaction failed", "To tell them apart");
    }

    @Test
    void sendingRefusedIsProvenWhenTheMailboxAcceptedTheSamePassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(535, BAD_CREDENTIALS).build())
                .login(Probes.mailboxAccepted(MailboxProtocol.IMAP, 993)));

        Finding f = finding(d, FindingCode.SMTP_AUTH_REFUSED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Logging in to read mail works with the same password, so the password is correct.",
                "does not allow this account to log in for sending", "IMAP login on port 993: password accepted",
                "enable sending by SMTP login");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void aReplyThatNamesTheSwitchedOffLoginIsThatFindingNotAWrongPassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(535, "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")
                        .build()));

        Finding f = finding(d, FindingCode.SMTP_AUTH_DISABLED);
        assertSays(f, "SmtpClientAuthentication");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
        assertNoFinding(d, FindingCode.SMTP_AUTH_REFUSED);
    }

    @Test
    void aReplyThatAsksForAnAppPasswordIsThatFinding() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(534, "5.7.9 Application-specific password required.").build()));

        Finding f = finding(d, FindingCode.APP_PASSWORD_REQUIRED);
        assertSays(f, "app password");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
    }

    @Test
    void basicSignInSwitchedOffIsNotCalledAWrongPasswordEvenWhenTheMailboxRefusesToo() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(535, "5.7.139 Authentication unsuccessful, basic authentication is disabled.").build())
                .login(Probes.mailboxRefused(MailboxProtocol.IMAP, 993, DOVECOT_REFUSAL)));

        finding(d, FindingCode.OAUTH_REQUIRED);
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
        assertNoFinding(d, FindingCode.SMTP_AUTH_REFUSED);
    }

    @Test
    void aTemporaryLoginFailureIsTheServersProblemNotThePassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN")
                        .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER))
                        .authTemporary(454, "4.7.0 Temporary authentication failure").build()));

        Finding f = finding(d, FindingCode.SERVER_ERROR, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "could not check your password just now", "not your password",
                "port 587: AUTH PLAIN → 454 4.7.0 Temporary authentication failure", "Wait a few minutes");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
    }

    @Test
    void aSuspendedAccountIsNotCalledAWrongPassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(535, "5.7.13 Account disabled").build()));

        finding(d, FindingCode.ACCOUNT_SUSPENDED, Severity.PROBLEM, Certainty.PROVEN);
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
        assertNoFinding(d, FindingCode.SMTP_AUTH_REFUSED);
    }

    @Test
    void oneMailboxLoginAcceptingThePasswordOutweighsAnotherRefusingIt() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loginRefused(535, BAD_CREDENTIALS).build())
                .login(Probes.mailboxRefused(MailboxProtocol.POP3, 995, "-ERR [AUTH] POP3 is disabled for this account"))
                .login(Probes.mailboxAccepted(MailboxProtocol.IMAP, 993)));

        finding(d, FindingCode.SMTP_AUTH_REFUSED, Severity.PROBLEM, Certainty.PROVEN);
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
    }

    @Test
    void aMailboxRefusalIsNoWrongPasswordWhenSendingAcceptedTheSamePassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().build())
                .login(Probes.mailboxRefused(MailboxProtocol.IMAP, 993, DOVECOT_REFUSAL)));

        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
        assertEquals(Verdict.CAN_SEND, d.verdict());
    }
}
