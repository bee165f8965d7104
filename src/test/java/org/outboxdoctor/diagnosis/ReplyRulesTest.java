package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNotSays;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;
import org.outboxdoctor.testing.SmtpPortBuilder;

/** What the servers said in words: bans, suspensions, sending limits, sizes, and refusals no other rule explains. */
class ReplyRulesTest {

    /** Port 587 logged in fine; sending after the login got {@code code text}. */
    private static SmtpPortBuilder loggedInThenRefused(int code, String text) {
        return Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN")
                .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER)).authAccepted().sendingRefused(code, text);
    }

    @Test
    void tooManyConnectionsIsARateLimitWithTheProvidersBanPolicy() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .discovery(EvidenceFixture.discovery("testhost"))
                .port(Probes.port(587).yours().greets(421, "4.7.0 mail.example.test Error: too many connections from 203.0.113.7")
                        .build()));

        Finding f = finding(d, FindingCode.RATE_LIMITED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "too many connections or attempts from your internet address",
                "Test Hosting blocks an address for 2 hours after 10 failed logins.",
                "port 587: connect → 421 4.7.0 mail.example.test Error: too many connections", "wait at least one hour");
        assertNoFinding(d, FindingCode.SERVER_ERROR);
    }

    @Test
    void aServerClosingForNowWithoutAReasonIsOnlyALikelyRateLimit() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .discovery(EvidenceFixture.discovery("testhost"))
                .port(Probes.port(587).yours().greets(421, "4.3.2 Service not available, closing transmission channel")
                        .build()));

        Finding f = finding(d, FindingCode.RATE_LIMITED, Severity.PROBLEM, Certainty.LIKELY);
        assertSays(f, "turns the connection away for now, without saying why", "wait an hour and run the check again",
                "port 587: connect → 421 4.3.2 Service not available");
        assertFalse(f.detail().contains("The mail server says there were too many"), f.detail());
    }

    @Test
    void aSuspendedAccountSaidByTheMailboxServerIsAccountSuspended() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN")
                        .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER))
                        .authRefused(535, "5.7.8 Error: authentication failed").build())
                .login(Probes.mailboxRefused(MailboxProtocol.IMAP, 993, "[ALERT] Account is suspended")));

        Finding f = finding(d, FindingCode.ACCOUNT_SUSPENDED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "The server says the account or sender is disabled, suspended or locked",
                "IMAP login on port 993: password refused: [ALERT] Account is suspended", "Contact your email provider");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
    }

    @Test
    void aDailyQuotaIsASendingLimitWithTheProvidersLimits() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .discovery(EvidenceFixture.discovery("stackmail"))
                .port(loggedInThenRefused(550, "5.4.5 Daily user sending quota exceeded.").build()));

        Finding f = finding(d, FindingCode.SENDING_LIMIT_REACHED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "StackMail (StackCP hosting) allows 8000 messages a day per mailbox, 50 a day for new mailboxes",
                "100 recipients per message", "port 587: RCPT TO (logged in) → 550 5.4.5 Daily user sending quota exceeded.",
                "Wait until tomorrow");
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void aSendingLimitWithoutKnownLimitsSaysOnlyWhatTheServerSaid() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(loggedInThenRefused(451, "4.7.1 Message limit reached for this hour").build()));

        Finding f = finding(d, FindingCode.SENDING_LIMIT_REACHED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Limits usually reset within 24 hours.");
        assertNotSays(f, " allows ");
    }

    @Test
    void aMessageRefusedForItsSizeIsTooLarge() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working()
                        .testMessage(false, 552, "5.3.4 Message size exceeds fixed maximum message size").build()));

        Finding f = finding(d, FindingCode.MESSAGE_TOO_LARGE, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "The server refuses messages of that size.", "Share large files with a link");
    }

    @Test
    void aTestMessageTheServerRefusedIsNeverAnswerEnoughToSend() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().testMessage(false, 554, "5.7.1 Message rejected as spam").build()));

        Finding f = finding(d, FindingCode.SERVER_ERROR, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "port 587: DATA → 554 5.7.1 Message rejected as spam");
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void aGreetingThatRefusesForNoKnownReasonIsQuotedAsAServerError() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets(554, "5.7.1 mail.example.test ESMTP not accepting messages").build()));

        Finding f = finding(d, FindingCode.SERVER_ERROR, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Its exact words are in the details",
                "port 587: connect → 554 5.7.1 mail.example.test ESMTP not accepting messages", "send it to your email provider");
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void aConversationTheServerBrokeOffIsQuotedAsAServerError() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets().stops(FailureKind.CLOSED, "EHLO", "").build()));

        Finding f = finding(d, FindingCode.SERVER_ERROR, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "port 587: mail.example.test:587 closed the connection during EHLO");
    }

    @Test
    void aRefusalWithoutLoginIsNoServerErrorWhenSendingWorks() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().relayWithoutLogin(554, "5.7.1 Relay access denied").build()));

        assertNoFinding(d, FindingCode.SERVER_ERROR);
        assertEquals(Verdict.CAN_SEND, d.verdict());
    }
}
