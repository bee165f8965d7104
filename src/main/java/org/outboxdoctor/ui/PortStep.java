package org.outboxdoctor.ui;

import java.util.List;

import org.outboxdoctor.diagnosis.EvidenceLines;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;

/** "Port": 25, 465, 587, 2525 and the user's own, one row each as the engine starts it, the user's own first. */
final class PortStep extends LiveStep {
    /** The row until the engine starts the first port. */
    private static final String WAITING = "ports";

    PortStep() {
        super("steps.port", FindingCode.PORT_BLOCKED, FindingCode.PORT_REFUSED, FindingCode.SMTP_UNREACHABLE, FindingCode.TLS_MODE_MISMATCH);
    }

    @Override
    boolean shows(Judgement judgement) {
        return judgement.aspect() == Aspect.CONNECTION;
    }

    @Override
    List<Row> firstRows(LiveRows.Run run) {
        return List.of(LiveRows.running(WAITING, run.messages().format("row.port.waiting")));
    }

    @Override
    void progress(ProgressEvent event, LiveRows rows, LiveRows.Run run) {
        if (!(event.probe() instanceof ProbeId.SmtpPort port)) {
            return;
        }
        rows.remove(WAITING);
        // the judgements' keys, so a row keeps its place when the answer replaces it
        String key = "port-" + port.port();
        if (event instanceof ProgressEvent.Started) {
            Row row = LiveRows.running(key, run.messages().format("row.port.running", run.port(port.port())));
            if (run.isUsersPort(port.port())) {
                rows.putFirst(row);
            } else {
                rows.put(row);
            }
            return;
        }
        rows.put(new Row(key, StatusLook.INFO, run.messages().format("row.port.done", run.port(port.port())),
                List.of(EvidenceLines.summary(event)), List.of()));
    }
}
