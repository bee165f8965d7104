package org.outboxdoctor.probe;

/**
 * The evidence of a failed step: what was being done, where, after how long and what came back.
 *
 * @param step the protocol step, e.g. "connect", "greeting", "EHLO", "STARTTLS", "AUTH"
 * @param detail the error or the server's words, already redacted
 * @param timeoutMillis the time allowed when the failure was a timeout, else 0
 * @param oddity what was wrong with the server's bytes, for the reader's words (null when {@code detail} says it all)
 */
public record ProbeFailure(FailureKind kind, String step, String host, int port, String detail, long timeoutMillis,
                           Oddity oddity) {

    public ProbeFailure(FailureKind kind, String step, String host, int port, String detail, long timeoutMillis) {
        this(kind, step, host, port, detail, timeoutMillis, null);
    }

    /** The same failure, with what was odd about the server's answer. */
    public ProbeFailure with(Oddity odd) {
        return new ProbeFailure(kind, step, host, port, detail, timeoutMillis, odd);
    }

    /**
     * What was wrong with a server's answer, typed so that each language can say it; {@code values} are numbers or
     * the server's own bytes (printable, redacted), shown as they are.
     */
    public record Oddity(Kind kind, java.util.List<String> values) {
        public Oddity {
            values = java.util.List.copyOf(values);
        }

        public static Oddity of(Kind kind, Object... values) {
            return new Oddity(kind, java.util.Arrays.stream(values).map(String::valueOf).toList());
        }

        /** Each kind's values, in order. */
        public enum Kind {
            /** the first code, the code that followed */
            CODES_CHANGE,
            /** the most lines read */
            TOO_MANY_LINES,
            /** the part of a line that came before the connection closed */
            CLOSED_MID_LINE,
            /** the longest line read, in bytes */
            LINE_TOO_LONG,
            /** the size announced ("10^12+" for thirteen digits or more), the most read in MB */
            LITERAL_TOO_BIG,
            /** none: the app's own reading failed on it */
            UNREADABLE,
            /** the server's answer to HELO */
            EHLO_AND_HELO_REFUSED
        }
    }

    public String describe() {
        String where = host + ":" + port;
        return switch (kind) {
            case REFUSED -> "Connection to " + where + " refused";
            case FILTERED -> "No answer from " + where + " within " + seconds(timeoutMillis) + " (connection attempt dropped)";
            case UNREACHABLE -> "No route to " + where + ": " + detail;
            case REPLY_TIMEOUT -> "No reply to " + step + " from " + where + " within " + seconds(timeoutMillis);
            case CLOSED -> where + " closed the connection during " + step;
            case GARBAGE -> where + " answered " + step + " with something that is not SMTP: " + detail;
            case OVERSIZED -> where + " sent an oversized reply to " + step + ": " + detail;
            case TLS_FAILED -> step + " with " + where + " failed: " + detail;
            case TLS_GOT_PLAINTEXT -> where + " answered the TLS handshake in plain text: " + detail;
            case BUDGET_SPENT -> "Not connected to " + where + ": the run's limit of connections was reached";
            case CANCELLED -> step + " at " + where + " stopped: the check was cancelled or ran out of time";
            case IO -> step + " at " + where + " failed: " + detail;
        };
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
