package org.outboxdoctor.ui;

import java.util.List;

import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;

/** "Firewall and antivirus": untrusted or intercepted certificates, something else answering on a port. */
final class FirewallStep extends LiveStep {
    private static final String CERTIFICATES = "certs";

    FirewallStep() {
        super("steps.firewall", FindingCode.CERT_UNTRUSTED, FindingCode.TLS_INTERCEPTED, FindingCode.CONNECTION_INTERCEPTED);
    }

    @Override
    boolean shows(Judgement judgement) {
        return judgement.aspect() == Aspect.CERTIFICATE;
    }

    @Override
    List<Row> firstRows(LiveRows.Run run) {
        return List.of(LiveRows.running(CERTIFICATES, run.messages().get("row.certificate.running")));
    }

    @Override
    void progress(ProgressEvent event, LiveRows rows, LiveRows.Run run) {
        waitForEveryPort(event, rows, run, CERTIFICATES, run.messages().get("row.certificate.running"));
    }
}
