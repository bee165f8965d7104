package org.outboxdoctor.probe.smtp;

import org.outboxdoctor.probe.ProbeFailure;

/** A conversation step that could not complete; carries the typed evidence. */
public final class SmtpStepException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ProbeFailure failure;

    public SmtpStepException(ProbeFailure failure) {
        super(failure.describe(), null, false, false);
        this.failure = failure;
    }

    public ProbeFailure failure() {
        return failure;
    }
}
