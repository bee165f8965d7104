package org.outboxdoctor.cli;

/** Exit statuses of the command line (design.md). */
public final class ExitCodes {
    public static final int CAN_SEND = 0;
    public static final int PROBLEM = 1;
    public static final int USAGE = 2;
    public static final int INCOMPLETE = 3;

    private ExitCodes() {
    }
}
