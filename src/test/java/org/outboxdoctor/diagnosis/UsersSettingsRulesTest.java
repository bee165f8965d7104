package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/** The mail program's own settings on its own port: the security mode, encryption before login, and the login. */
class UsersSettingsRulesTest {

    @Test
    void sslOnAPortThatAnswersInPlainTextIsAModeMismatch() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.TLS)
                .port(Probes.port(587).yours().security(Security.TLS).tlsGotPlaintext().build()));

        Finding f = finding(d, FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Port 587 expects STARTTLS (or no encryption at first), but your program starts with SSL/TLS.",
                "answered the TLS handshake in plain text", "Set the security to STARTTLS for port 587, or use port 465");
    }

    @Test
    void sslOnAPortThatAnswersInPlainTextIsAModeMismatchEvenWhenAnotherPortSends() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.TLS)
                .port(Probes.port(587).yours().security(Security.TLS).tlsGotPlaintext().build())
                .port(Probes.port(465).working().build()));

        Finding f = finding(d, FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Port 587 expects STARTTLS");
        assertNoFinding(d, FindingCode.PORT_BLOCKED);
        assertEquals(465, d.recommended().orElseThrow().port());
    }

    @Test
    void sslSetForAPortThatStartsInPlainTextIsAModeMismatch() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.TLS)
                .port(Probes.port(587).yours().working().build()));

        Finding f = finding(d, FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Port 587 starts without encryption and then switches with STARTTLS",
                "port 587: connect → 220 mail.example.test ESMTP Postfix (greeting in plain text)",
                "Set the security to STARTTLS for port 587.");
        assertNoFinding(d, FindingCode.TLS_REQUIRED);
    }

    @Test
    void startTlsSetForTheSslPortIsAModeMismatch() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(465, Security.STARTTLS)
                .port(Probes.port(465).yours().working().build()));

        Finding f = finding(d, FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Port 465 expects SSL/TLS from the first moment, but your mail program is set to STARTTLS",
                "Set the security to SSL/TLS for port 465.", "Or use port 587 with STARTTLS.");
    }

    @Test
    void aServerThatWantsStartTlsFirstRequiresEncryption() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.NONE)
                .port(Probes.port(587).yours().security(Security.NONE).greets().ehlo()
                        .mailFromWithoutLogin(530, "5.7.0 Must issue a STARTTLS command first").build()));

        Finding f = finding(d, FindingCode.TLS_REQUIRED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "this server only lets you log in and send after switching on encryption",
                "port 587: MAIL FROM → 530 5.7.0 Must issue a STARTTLS command first",
                "Set the outgoing security to STARTTLS (port 587) or SSL/TLS (port 465).");
    }

    @Test
    void aLoginOfferedOnlyAfterStartTlsRequiresEncryption() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.NONE)
                .port(Probes.port(587).yours().security(Security.NONE).greets().ehlo().ehloAfterTls("PLAIN", "LOGIN")
                        .achieved(Security.NONE).authSkipped(AuthOutcome.NOT_OFFERED).build()));

        Finding f = finding(d, FindingCode.TLS_REQUIRED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "port 587: AUTH is offered only after STARTTLS");
        assertNoFinding(d, FindingCode.AUTH_NOT_OFFERED);
    }

    @Test
    void aLoginWithoutEncryptionIsAWarningAboutThePassword() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.NONE)
                .port(Probes.port(25).yours().security(Security.NONE).greets().ehlo("PLAIN", "LOGIN")
                        .authSkipped(AuthOutcome.SKIPPED_UNENCRYPTED).build()));

        Finding f = finding(d, FindingCode.TLS_REQUIRED, Severity.WARNING, Certainty.PROVEN);
        assertSays(f, "Your password is sent without encryption", "port 25: AUTH offered before encryption");
    }

    @Test
    void sendingWithoutLoginWhereTheServerRequiresOneIsAuthNotUsed() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(EvidenceFixture.settingsWithoutLogin(587, Security.STARTTLS))
                .port(Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN")
                        .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER))
                        .relayWithoutLogin(554, "5.7.1 <bob@example.org>: Relay access denied").build()));

        Finding f = finding(d, FindingCode.AUTH_NOT_USED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "your mail program is set to send without a login",
                "port 587: RCPT TO → 554 5.7.1 <bob@example.org>: Relay access denied",
                "turn on \"My outgoing server requires authentication\"");
    }

    @Test
    void aPortWithoutAnyLoginIsAuthNotOffered() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.STARTTLS)
                .port(Probes.port(25).yours().greets().ehlo().ehloAfterTls()
                        .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER))
                        .authSkipped(AuthOutcome.NOT_OFFERED).build()));

        Finding f = finding(d, FindingCode.AUTH_NOT_OFFERED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Port 25 on mail.example.test does not offer a login for sending.", "port 25: EHLO lists no AUTH",
                "Use port 587 with STARTTLS");
    }

    @Test
    void aPortWithoutLoginInPlainTextSaysItMayNeedEncryption() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.STARTTLS)
                .port(Probes.port(25).yours().greets().ehlo().authSkipped(AuthOutcome.NOT_OFFERED).build()));

        Finding f = finding(d, FindingCode.AUTH_NOT_OFFERED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "at least not without encryption");
    }
}
