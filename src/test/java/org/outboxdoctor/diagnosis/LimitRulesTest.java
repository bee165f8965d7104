package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/** A file the user wants to send, against the server's SIZE and the provider's limit (base64 adds about 37%). */
class LimitRulesTest {
    private static final long MB = 1_000_000L;

    @Test
    void aFileThatGrowsPastTheServersSizeIsTooLarge() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().size(10 * MB).build())
                .attachmentBytes(9 * MB));

        Finding f = finding(d, FindingCode.MESSAGE_TOO_LARGE, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "This attachment is too large to send", "The file is 9.0 MB", "The server accepts at most 10.0 MB",
                "the server accepts messages up to 10.0 MB (EHLO SIZE 10000000)", "Keep attachments under about 7.",
                "Compress the file");
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void theProvidersSmallerLimitIsNamedWhenItIsTheOneThatCounts() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .discovery(EvidenceFixture.discovery("testhost"))
                .port(Probes.port(587).yours().working().size(50 * MB).build())
                .attachmentBytes(2 * MB));

        Finding f = finding(d, FindingCode.MESSAGE_TOO_LARGE, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Test Hosting accepts at most 1.0 MB per message", "Test Hosting allows messages up to 1 MB");
    }

    @Test
    void aFileThatFitsIsNoFinding() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().size(35 * MB).build())
                .attachmentBytes(5 * MB));

        assertNoFinding(d, FindingCode.MESSAGE_TOO_LARGE);
        assertEquals(Verdict.CAN_SEND, d.verdict());
    }

    @Test
    void theAttachmentsSizesReplaceWhatTheServersRefusalSaid() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().size(10 * MB)
                        .testMessage(false, 552, "5.3.4 Message size exceeds fixed maximum message size").build())
                .attachmentBytes(20 * MB));

        Finding f = finding(d, FindingCode.MESSAGE_TOO_LARGE, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "This attachment is too large to send", "The file is 20.0 MB");
    }
}
