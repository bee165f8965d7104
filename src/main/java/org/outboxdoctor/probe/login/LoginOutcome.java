package org.outboxdoctor.probe.login;

/** What became of logging in to read mail (IMAP or POP3). */
public enum LoginOutcome {
    ACCEPTED,
    REJECTED,
    /** No connection: refused, filtered, unreachable or over the connection budget. */
    UNREACHABLE,
    /** The certificate could not be verified, so the password was not sent. */
    CERTIFICATE_REFUSED,
    /** Connected, but the exchange failed for another reason (timeout, TLS, protocol). */
    FAILED,
    /** A token was given, but the server offers no sign-in with a token (XOAUTH2): nothing was sent. */
    OAUTH_NOT_OFFERED,
    SKIPPED;

    /** The server gave a verdict on the password. */
    public boolean decisive() {
        return this == ACCEPTED || this == REJECTED;
    }
}
