package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.smtp.AuthAttempt;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;
import org.outboxdoctor.testing.SmtpPortBuilder;

/** A login the server answered outside the protocol: the server's fault, never a verdict on the password. */
class ProtocolRulesTest {

    private static SmtpPortBuilder answeredOddly(int port, int code, String text) {
        return Probes.port(port).greets().ehlo().ehloAfterTls("PLAIN")
                .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER))
                .auth(new AuthAttempt(AuthOutcome.PROTOCOL_ERROR, "PLAIN", Probes.reply(code, text), Security.STARTTLS, ""));
    }

    @Test
    void aLoginAnsweredWith502IsTheServersFaultNotThePassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(answeredOddly(587, 502, "5.5.1 Command not implemented").yours().build()));

        Finding f = finding(d, FindingCode.AUTH_PROTOCOL_ERROR, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "not of your password", "port 587: AUTH PLAIN → 502 5.5.1 Command not implemented",
                "Try port 587 with STARTTLS or 465", "send it to your email provider");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
        assertNoFinding(d, FindingCode.SMTP_AUTH_REFUSED);
        assertNoFinding(d, FindingCode.SERVER_ERROR);
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void aPromptAfterTheCredentialsOnAnotherPortIsAWarningWhenALoginWorked() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(465, Security.TLS)
                .port(answeredOddly(587, 334, "").build())
                .port(Probes.port(465).yours().security(Security.TLS).achieved(Security.TLS).greets().ehlo("PLAIN")
                        .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER)).authAccepted().sends().build())
                .login(Probes.mailboxAccepted(MailboxProtocol.IMAP, 993)));

        Finding f = finding(d, FindingCode.AUTH_PROTOCOL_ERROR, Severity.WARNING, Certainty.PROVEN);
        assertSays(f, "On port 587", "on port 465 the login works", "Use port 465");
        assertNoFinding(d, FindingCode.WRONG_PASSWORD);
    }

    @Test
    void aLoginOfferedOnlyInClearTextWithoutStartTlsIsNamed() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets().ehloWithoutStartTls("PLAIN", "LOGIN")
                        .authSkipped(AuthOutcome.SKIPPED_UNENCRYPTED).build()));

        Finding f = finding(d, FindingCode.TLS_NOT_OFFERED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "does not offer STARTTLS", "so it was not sent", "port 587: EHLO → AUTH", "no STARTTLS",
                "Try port 465 with SSL/TLS", "switch on encryption (STARTTLS) for port 587");
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void aServerThatOffersStartTlsIsNotCalledUnencrypted() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets().ehlo("PLAIN").ehloAfterTls("PLAIN")
                        .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER)).authAccepted().sends().build()));

        assertNoFinding(d, FindingCode.TLS_NOT_OFFERED);
    }
}
