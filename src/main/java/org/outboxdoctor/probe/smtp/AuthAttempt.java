package org.outboxdoctor.probe.smtp;

import org.outboxdoctor.settings.Security;

/**
 * @param mechanism the SASL mechanism used: PLAIN or LOGIN for a password, XOAUTH2 or OAUTHBEARER for a token
 * @param reply the server's answer to the exchange, null when nothing was sent
 * @param note why it was skipped, in plain words, or empty
 * @param challenge the server's error challenge after a token (RFC 7628 section 3.2.2), decoded from base64: JSON
 *     such as {@code {"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"}}; empty when none came
 */
public record AuthAttempt(AuthOutcome outcome, String mechanism, SmtpReply reply, Security mode, String note,
                          String challenge) {

    public AuthAttempt {
        challenge = challenge == null ? "" : challenge;
    }

    public AuthAttempt(AuthOutcome outcome, String mechanism, SmtpReply reply, Security mode, String note) {
        this(outcome, mechanism, reply, mode, note, "");
    }

    public static AuthAttempt skipped(AuthOutcome outcome, Security mode, String note) {
        return new AuthAttempt(outcome, "", null, mode, note);
    }

    /** Signed in, or tried to, with an OAuth token. */
    public boolean withToken() {
        return SmtpLogin.TOKEN_MECHANISMS.contains(mechanism) || outcome == AuthOutcome.OAUTH_NOT_OFFERED;
    }
}
