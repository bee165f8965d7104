package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/** The typed server is not the one that sends for the provider. */
class ServerRulesTest {
    private static final String PROVIDERS = "smtp.stackmail.com";

    @Test
    void whenOnlyTheProvidersOwnServerSendsTheTypedServerIsWrong() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .discovery(EvidenceFixture.discovery("stackmail", EvidenceFixture.fromProfile(PROVIDERS, 587)))
                .port(Probes.port(587).yours().filtered().build())
                .port(Probes.port(465).filtered().build())
                .alternative(Probes.port(587).host(PROVIDERS).working().build()));

        Finding f = finding(d, FindingCode.WRONG_SERVER, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Your mail program sends through \"mail.example.test\", but the outgoing server for example.test is "
                        + "\"smtp.stackmail.com\" (StackMail (StackCP hosting))",
                "smtp.stackmail.com is named by provider profile",
                "nothing on mail.example.test could send; smtp.stackmail.com port 587 could",
                "Change the outgoing server (SMTP) in your mail program to \"smtp.stackmail.com\"");
        assertNoFinding(d, FindingCode.SMTP_UNREACHABLE);
        assertEquals(Verdict.PROBLEM, d.verdict());
        assertEquals(Optional.of(new RecommendedSettings(PROVIDERS, 587, Security.STARTTLS, EvidenceFixture.ADDRESS, true, true)),
                d.recommended());
    }

    @Test
    void aTypedServerThatSendsIsNeverCalledWrong() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .discovery(EvidenceFixture.discovery("stackmail", EvidenceFixture.fromProfile(PROVIDERS, 587)))
                .port(Probes.port(587).yours().working().build())
                .alternative(Probes.port(587).host(PROVIDERS).working().build()));

        assertNoFinding(d, FindingCode.WRONG_SERVER);
        assertEquals(Verdict.CAN_SEND, d.verdict());
    }

    @Test
    void aTypedNameThatDoesNotExistIsNotFoundRatherThanWrong() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(EvidenceFixture.settings("smtp.exmaple.test", 587, Security.STARTTLS, true))
                .server(Probes.nxdomain("smtp.exmaple.test"))
                .discovery(EvidenceFixture.discovery("stackmail", EvidenceFixture.fromProfile(PROVIDERS, 587)))
                .checkedHost(PROVIDERS)
                .alternative(Probes.port(587).host(PROVIDERS).working().build()));

        finding(d, FindingCode.SERVER_NOT_FOUND, Severity.PROBLEM, Certainty.PROVEN);
        assertNoFinding(d, FindingCode.WRONG_SERVER);
    }
}
