package org.outboxdoctor.diagnosis;

/** The answer in one word, and the command's exit status. */
public enum Verdict {
    /** The current settings send mail. */
    CAN_SEND(0),
    /** Something stops sending; the findings say what and how to fix it. */
    PROBLEM(1),
    /** The check could not finish (no network, the deadline passed, cancelled). */
    INCOMPLETE(3);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
