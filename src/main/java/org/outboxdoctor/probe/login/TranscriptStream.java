package org.outboxdoctor.probe.login;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.outboxdoctor.probe.Transcript;

/** Turns Jakarta Mail's debug output into transcript lines (which the transcript redacts). */
final class TranscriptStream extends OutputStream {
    private static final int MAX_LINE = 4096;
    private static final java.util.regex.Pattern SETTINGS_ECHO =
            java.util.regex.Pattern.compile("^DEBUG (IMAP|POP3): (mail\\.|closeFoldersOnStoreFailure)");
    private final Transcript transcript;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    TranscriptStream(Transcript transcript) {
        this.transcript = transcript;
    }

    static PrintStream into(Transcript transcript) {
        return new PrintStream(new TranscriptStream(transcript), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (b != '\r' && line.size() < MAX_LINE) {
            line.write(b);
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        // session-level lines list providers and properties: noise for a support ticket
        if (!text.isBlank() && !text.startsWith("DEBUG: ") && !SETTINGS_ECHO.matcher(text).find()) {
            transcript.traced(text);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            flushLine();
        }
    }
}
