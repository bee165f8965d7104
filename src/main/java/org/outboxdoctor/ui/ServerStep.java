package org.outboxdoctor.ui;

import java.util.List;

import org.outboxdoctor.diagnosis.EvidenceLines;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;

/** "Outgoing server": the server's name in DNS, the provider's own server, the name on its certificate. */
final class ServerStep extends LiveStep {

    ServerStep() {
        super("steps.server", FindingCode.OFFLINE, FindingCode.SERVER_NOT_FOUND, FindingCode.DNS_FAILED,
                FindingCode.WRONG_SERVER, FindingCode.CERT_NAME_MISMATCH);
    }

    @Override
    boolean shows(Judgement judgement) {
        return judgement.aspect() == Aspect.SERVER_NAME;
    }

    @Override
    List<Row> firstRows(LiveRows.Run run) {
        String key = ProbeId.SERVER_NAME.key();
        return List.of(LiveRows.running(key, run.messages().format("row.dns.running", run.server())));
    }

    @Override
    void progress(ProgressEvent event, LiveRows rows, LiveRows.Run run) {
        if (event instanceof ProgressEvent.ServerNameFound) {
            rows.put(new Row(event.probe().key(), StatusLook.INFO, run.messages().get("row.done"),
                    List.of(new EvidenceLines(run.messages().language()).summary(event)), List.of()));
        }
    }
}
