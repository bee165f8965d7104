package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;
import org.outboxdoctor.testing.SmtpPortBuilder;

/** The sender address: an alias the login may not use, or a login that does not own its own address. */
class SenderRulesTest {
    private static final String ALIAS = "sales@example.test";

    private static MailSettings sendingAs(String from) {
        return new MailSettings(EmailAddress.parse(EvidenceFixture.ADDRESS), EvidenceFixture.ADDRESS, EvidenceFixture.SERVER,
                587, Security.STARTTLS, true, List.of(), false, EmailAddress.parse(from));
    }

    private static SmtpPortBuilder loggedIn() {
        return Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN", "LOGIN")
                .certificate(Probes.trustedCertificate(EvidenceFixture.SERVER)).authAccepted();
    }

    @Test
    void anAliasRefusedAfterLoginIsProvenNotAllowedWithTheFix() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(sendingAs(ALIAS)).port(loggedIn().sends()
                .aliasRefused(553, "5.7.1 <sales@example.test>: Sender address rejected: not owned by user alice@example.test")
                .build()));

        Finding f = finding(d, FindingCode.SENDER_NOT_ALLOWED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, ALIAS, "not owned by user", "send from alice@example.test", "alias");
        assertEquals(Verdict.PROBLEM, d.verdict());
        assertNoFinding(d, FindingCode.SERVER_ERROR);
    }

    @Test
    void anAliasTheServerTakesIsNoFinding() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(sendingAs(ALIAS)).port(loggedIn().sends().aliasAccepted().build()));

        assertNoFinding(d, FindingCode.SENDER_NOT_ALLOWED);
        assertEquals(Verdict.CAN_SEND, d.verdict());
        assertEquals(Severity.OK, d.judgement("sender-587").orElseThrow().severity());
    }

    @Test
    void aLoginThatDoesNotOwnItsOwnAddressIsSenderNotAllowedNotAServerError() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS).port(loggedIn()
                .senderRefused(554, "5.2.252 SendAsDenied; alice@example.test not allowed to send as alice@example.test")
                .build()));

        finding(d, FindingCode.SENDER_NOT_ALLOWED, Severity.PROBLEM, Certainty.PROVEN);
        assertNoFinding(d, FindingCode.SERVER_ERROR);
    }
}
