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
    SKIPPED,
    /** The server logged us in by its greeting (IMAP PREAUTH), before any password: proves nothing about it. */
    PREAUTHENTICATED;

    /** The server gave a verdict on the password. */
    public boolean decisive() {
        return this == ACCEPTED || this == REJECTED;
    }
}
