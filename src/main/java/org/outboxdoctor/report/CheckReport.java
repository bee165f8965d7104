package org.outboxdoctor.report;

import java.time.Clock;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.Redactor;

/** A finished run as the renderers see it: what was found, what it means, and when and where it was made. */
public record CheckReport(CheckEvidence evidence, Diagnosis diagnosis, Redactor redactor, ReportStamp stamp) {

    /** A report stamped now, by this computer's clock. */
    public CheckReport(CheckEvidence evidence, Diagnosis diagnosis, Redactor redactor) {
        this(evidence, diagnosis, redactor, ReportStamp.of(Clock.systemDefaultZone()));
    }
}
