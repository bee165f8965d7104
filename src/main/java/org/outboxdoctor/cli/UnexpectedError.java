package org.outboxdoctor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An error in Outbox Doctor itself: the user gets one plain sentence and where the details are; the details
 * go to a log file, never to the terminal. The log keeps the classes and lines of the failure but not the
 * messages, which may quote a server's reply (and so, in the worst case, a password it echoed).
 */
final class UnexpectedError {
    private UnexpectedError() {
    }

    static int report(Throwable error, PrintWriter err) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.outboxdoctor.probe.NetworkGuard.Refused refused) {
                err.println("The check stopped before connecting: " + refused.getMessage() + ".");
                err.flush();
                return ExitCodes.INCOMPLETE;
            }
        }
        String where = writeLog(error).map(path -> " The details are in " + path + ".").orElse("");
        err.println("The check stopped because of an error in Outbox Doctor, not in your settings." + where);
        err.println("Please report it with the command you ran (never your password); --transcript shows what the"
                + " servers said.");
        err.flush();
        return ExitCodes.INCOMPLETE;
    }

    private static java.util.Optional<Path> writeLog(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t == error ? "" : "caused by ").append(t.getClass().getName()).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("    at ").append(frame).append('\n');
            }
        }
        try {
            Path log = Files.createTempFile("outbox-doctor-error-", ".log");
            Files.writeString(log, text, StandardCharsets.UTF_8);
            return java.util.Optional.of(log);
        } catch (IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }
}
