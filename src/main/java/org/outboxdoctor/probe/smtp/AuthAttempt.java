package org.outboxdoctor.probe.smtp;

import org.outboxdoctor.settings.Security;

/**
 * @param reply the server's answer to the exchange, null when nothing was sent
 * @param note why it was skipped, in plain words, or empty
 */
public record AuthAttempt(AuthOutcome outcome, String mechanism, SmtpReply reply, Security mode, String note) {

    public static AuthAttempt skipped(AuthOutcome outcome, Security mode, String note) {
        return new AuthAttempt(outcome, "", null, mode, note);
    }
}
