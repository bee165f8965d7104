package org.outboxdoctor.diagnosis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.probe.smtp.SentMessage;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** What became of the test message: arrived, sent but not seen in the inbox, or refused. Empty when none was sent. */
final class TestMessageJudge {
    private TestMessageJudge() {
    }

    static Optional<Judgement> judge(CheckEvidence e, FindingSet f) {
        Optional<SmtpPortResult> tried = e.allPorts().stream().filter(p -> p.testMessage() != null)
                .min((a, b) -> Boolean.compare(b.testMessage().accepted(), a.testMessage().accepted()));
        if (tried.isEmpty()) {
            return Optional.empty();
        }
        SmtpPortResult port = tried.get();
        SentMessage sent = port.testMessage();
        ProbeId id = ProbeId.SmtpPort.of(port);
        List<String> evidence = e.delivery() == null ? List.of() : List.of(f.lines().testMessage(e.delivery()));
        if (sent.accepted() && e.delivery() != null && e.delivery().arrived()) {
            return Optional.of(new Judgement("test-message", id, Aspect.TEST_MESSAGE, Severity.OK,
                    f.text("judgement.testMessage.arrived"), evidence, List.of(), ""));
        }
        if (sent.accepted()) {
            String why = e.delivery() == null ? f.text("judgement.testMessage.notLooked") : f.lines().delivery(e.delivery());
            return Optional.of(new Judgement("test-message", id, Aspect.TEST_MESSAGE, Severity.WARNING,
                    f.text("judgement.testMessage.notArrived", why), evidence, List.of(), ""));
        }
        String reply = Objects.toString(sent.reply() == null ? null : sent.reply().show(), "?");
        return Optional.of(new Judgement("test-message", id, Aspect.TEST_MESSAGE, Severity.PROBLEM,
                f.text("judgement.testMessage.refused", reply), evidence, List.of(), ""));
    }
}
