package org.outboxdoctor.mailprograms;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Runs a program of the operating system (reg, osascript) and hands back what it printed; tests give recorded output. */
public interface CommandRunner {

    /**
     * @param output what the program wrote to standard output and standard error, at most the bound given
     * @param timedOut the program did not finish in time and was stopped
     */
    record Result(int exitCode, String output, boolean timedOut, boolean truncated) {
    }

    /** Never waits longer than {@code timeout} and never keeps more than {@code maxChars} of output. */
    Result run(List<String> command, Duration timeout, int maxChars) throws IOException;
}
