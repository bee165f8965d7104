package org.outboxdoctor.report;

import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.Redactor;

/** A finished run as the renderers see it: what was found and what it means. */
public record CheckReport(CheckEvidence evidence, Diagnosis diagnosis, Redactor redactor) {
}
