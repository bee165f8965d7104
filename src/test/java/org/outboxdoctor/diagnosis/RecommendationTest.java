package org.outboxdoctor.diagnosis;

import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/** Which way of sending works, whether the user's own settings do, and the settings to recommend. */
class RecommendationTest {

    @Test
    void theUsersOwnWorkingSettingsCanSend() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().build()));

        Finding f = finding(d, FindingCode.CAN_SEND, Severity.OK, Certainty.PROVEN);
        assertSays(f, "A login and a send attempt (stopped before any message was sent) worked on mail.example.test port 587 with STARTTLS",
                "mail.example.test port 587: login accepted", "Type the settings under \"Use these settings\"");
        assertEquals(Verdict.CAN_SEND, d.verdict());
        assertEquals(List.of(FindingCode.CAN_SEND), d.codes());
        assertEquals(Optional.of(new RecommendedSettings(EvidenceFixture.SERVER, 587, Security.STARTTLS,
                EvidenceFixture.ADDRESS, true, true)), d.recommended());
    }

    @Test
    void submissionOn587IsPreferredTo465And2525And25() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.STARTTLS)
                .port(Probes.port(25).yours().filtered().build())
                .port(Probes.port(2525).working().build())
                .port(Probes.port(465).working().build())
                .port(Probes.port(587).working().build()));

        assertEquals(587, d.recommended().orElseThrow().port());
        assertEquals(Security.STARTTLS, d.recommended().orElseThrow().security());
    }

    @Test
    void sslOn465IsPreferredTo2525WhenSubmissionDoesNotSend() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.STARTTLS)
                .port(Probes.port(25).yours().filtered().build())
                .port(Probes.port(587).filtered().build())
                .port(Probes.port(2525).working().build())
                .port(Probes.port(465).working().build()));

        assertEquals(Optional.of(new RecommendedSettings(EvidenceFixture.SERVER, 465, Security.TLS,
                EvidenceFixture.ADDRESS, true, true)), d.recommended());
    }

    @Test
    void port25IsRecommendedOnlyWhenNothingElseSends() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(2525, Security.STARTTLS)
                .port(Probes.port(2525).yours().refused().build())
                .port(Probes.port(587).filtered().build())
                .port(Probes.port(465).filtered().build())
                .port(Probes.port(25).working().build()));

        assertEquals(25, d.recommended().orElseThrow().port());
    }

    @Test
    void theUsersOwnWorkingPortIsKeptEvenWhenAnotherIsPreferred() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(465, Security.TLS)
                .port(Probes.port(465).yours().working().build())
                .port(Probes.port(587).working().build()));

        assertEquals(465, d.recommended().orElseThrow().port());
        assertEquals(Verdict.CAN_SEND, d.verdict());
    }

    @Test
    void aLoginAlreadyCheckedOnAnotherPortCountsForTheUsersPort() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(465, Security.TLS)
                .port(Probes.port(465).yours().greets().ehlo("PLAIN").certificate(Probes.trustedCertificate(EvidenceFixture.SERVER))
                        .authSkipped(AuthOutcome.SKIPPED_ALREADY_CHECKED).build())
                .port(Probes.port(587).working().build()));

        assertEquals(Verdict.CAN_SEND, d.verdict());
        assertEquals(587, d.recommended().orElseThrow().port(), "the port that proved it");
    }

    @Test
    void aTestMessageThatArrivedIsTheAnswer() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().testMessage(true, 250, "2.0.0 Ok: queued as 4F2A1").build())
                .delivery(Probes.delivery(Delivery.Seen.ARRIVED, 2000)));

        Finding f = finding(d, FindingCode.CAN_SEND, Severity.OK, Certainty.PROVEN);
        assertSays(f, "A test message was sent to your own address and arrived in your inbox",
                "test message accepted: 250 2.0.0 Ok: queued as 4F2A1", "test message arrived in the inbox");
    }

    @Test
    void aTestMessageNotSeenInTheInboxIsSaidAsSuch() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().testMessage(true, 250, "2.0.0 Ok: queued as 4F2A1").build())
                .delivery(Probes.delivery(Delivery.Seen.NOT_ARRIVED, 30_000)));

        Finding f = finding(d, FindingCode.CAN_SEND, Severity.OK, Certainty.PROVEN);
        assertSays(f, "the server took it, but it did not arrive in the inbox within 30 s");
    }

    @Test
    void withoutAnyPortThatSendsOnlyAGenuineEncryptedPortWithLoginIsRecommendedUnproven() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN")
                        .certificate(Probes.selfSignedCertificate(EvidenceFixture.SERVER))
                        .authSkipped(AuthOutcome.SKIPPED_CERTIFICATE).build())
                .port(Probes.port(465).greets().ehlo("PLAIN").certificate(Probes.trustedCertificate(EvidenceFixture.SERVER))
                        .authSkipped(AuthOutcome.SKIPPED_NO_PASSWORD).build())
                .port(Probes.port(25).greets().ehlo("PLAIN").build()));

        assertNoFinding(d, FindingCode.CAN_SEND);
        assertEquals(Optional.of(new RecommendedSettings(EvidenceFixture.SERVER, 465, Security.TLS,
                EvidenceFixture.ADDRESS, true, false)), d.recommended());
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void nothingIsRecommendedWhenNoPortOffersALoginBehindAGenuineCertificate() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.NONE)
                .port(Probes.port(25).yours().security(Security.NONE).greets().ehlo("PLAIN").build()));

        assertTrue(d.recommended().isEmpty());
    }
}
