package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/** Ports: nothing answers, or the user's own port is blocked or closed while another one sends. */
class PortRulesTest {

    @Test
    void noPortAnsweringMeansOutgoingMailCannotBeReached() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().filtered().build())
                .port(Probes.port(465).filtered().build())
                .port(Probes.port(25).filtered().build()));

        Finding f = finding(d, FindingCode.SMTP_UNREACHABLE, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "None of the ports for sending mail answer from this network.",
                "port 587: No answer from mail.example.test:587 within 5 s", "Try another network");
        assertEquals(Verdict.PROBLEM, d.verdict());
        assertTrue(d.recommended().isEmpty());
    }

    @Test
    void noPortAnsweringWhileReadingMailWorksSaysSo() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().filtered().build())
                .port(Probes.port(465).filtered().build())
                .login(Probes.mailboxAccepted(MailboxProtocol.IMAP, 993)));

        Finding f = finding(d, FindingCode.SMTP_UNREACHABLE, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "The server answers for receiving mail", "IMAP login on port 993: password accepted");
        assertNoFinding(d, FindingCode.OFFLINE);
    }

    @Test
    void noRouteToAnyPortIsOnlyLikelyOfflineBecauseDnsAnswered() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().unreachable().build())
                .port(Probes.port(465).unreachable().build()));

        Finding f = finding(d, FindingCode.OFFLINE, Severity.PROBLEM, Certainty.LIKELY);
        assertSays(f, "There is no network route to the mail server.", "port 587: No route to mail.example.test:587",
                "open a web page", "turns away connections to the mail server");
        assertNoFinding(d, FindingCode.SMTP_UNREACHABLE);
        assertEquals(Verdict.INCOMPLETE, d.verdict());
    }

    @Test
    void aFilteredPort25WhileSubmissionSendsIsABlockedPort() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.STARTTLS)
                .port(Probes.port(25).yours().filtered().build())
                .port(Probes.port(587).working().build()));

        Finding f = finding(d, FindingCode.PORT_BLOCKED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Port 25 is blocked between you and the server", "Connections to port 25 get no answer from here, while port 587",
                "Internet providers often block port 25", "port 587: answered (220 mail.example.test ESMTP Postfix)",
                "change the outgoing port to 587 and the security (encryption) to STARTTLS");
        assertEquals(Verdict.PROBLEM, d.verdict());
        assertEquals(Optional.of(new RecommendedSettings(EvidenceFixture.SERVER, 587, Security.STARTTLS,
                EvidenceFixture.ADDRESS, true, true)), d.recommended());
    }

    @Test
    void aPortThatTurnsConnectionsAwayIsBlocked() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(2525, Security.STARTTLS)
                .port(Probes.port(2525).yours().unreachable().build())
                .port(Probes.port(465).working().build()));

        Finding f = finding(d, FindingCode.PORT_BLOCKED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "A firewall turns away connections to port 2525", "A firewall or antivirus program on this computer",
                "change the outgoing port to 465 and the security (encryption) to SSL/TLS");
    }

    @Test
    void aPortThatAcceptsButNeverGreetsIsPassedOverFor465() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().stops(FailureKind.REPLY_TIMEOUT, "greeting", "").build())
                .port(Probes.port(465).working().build()));

        Finding f = finding(d, FindingCode.PORT_BLOCKED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "On port 587 something accepts the connection, but no mail server answers",
                "No reply to greeting from mail.example.test:587 within 5 s");
        assertEquals(465, d.recommended().orElseThrow().port());
    }

    @Test
    void aClosedPortWhileAnotherSendsIsARefusedPort() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(2525, Security.STARTTLS)
                .port(Probes.port(2525).yours().refused().build())
                .port(Probes.port(587).working().build()));

        Finding f = finding(d, FindingCode.PORT_REFUSED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Port 2525 is closed on this server", "refuses connections on port 2525, but port 587 works",
                "Connection to mail.example.test:2525 refused");
        assertNoFinding(d, FindingCode.PORT_BLOCKED);
        finding(d, FindingCode.CAN_SEND, Severity.OK, Certainty.PROVEN);
    }
}
