package org.outboxdoctor.probe;

/**
 * The evidence of a failed step: what was being done, where, after how long and what came back.
 *
 * @param step the protocol step, e.g. "connect", "greeting", "EHLO", "STARTTLS", "AUTH"
 * @param detail the error or the server's words, already redacted
 * @param timeoutMillis the time allowed when the failure was a timeout, else 0
 */
public record ProbeFailure(FailureKind kind, String step, String host, int port, String detail, long timeoutMillis) {

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
