package org.outboxdoctor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An error in Outbox Doctor itself: the user gets one plain sentence and where the details are; the details
 * go to a log file, never to the terminal. The log keeps the classes and lines of the failure but not the
 * messages, which may quote a server's reply (and so, in the worst case, a password it echoed).
 */
final class UnexpectedError {
    private UnexpectedError() {
    }

    /** @param language the run's language ({@code --lang}, else this computer's) */
    static int report(Throwable error, PrintWriter err, Locale language) {
        ErrorTexts texts = ErrorTexts.of(language);
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.outboxdoctor.probe.NetworkGuard.Refused refused) {
                // the guard's reason is for developers and tests (the loopback-only switch), so it stays English
                err.println(texts.format("unexpected.refused", refused.getMessage()));
                err.flush();
                return ExitCodes.INCOMPLETE;
            }
        }
        java.util.Optional<Path> log = writeLog(error);
        err.println(log.map(path -> texts.format("unexpected.errorWithLog", path))
                .orElseGet(() -> texts.format("unexpected.error")));
        err.println(texts.format("unexpected.pleaseReport"));
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
