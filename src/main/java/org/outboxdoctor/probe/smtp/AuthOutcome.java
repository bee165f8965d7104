package org.outboxdoctor.probe.smtp;

/** What became of logging in with SMTP AUTH on one connection. */
public enum AuthOutcome {
    ACCEPTED,
    /** A permanent refusal (5xx): wrong credentials, or login refused for this account. */
    REJECTED,
    /** A temporary refusal (4xx): the server could not check the password now. */
    TEMPORARY_FAILURE,
    /** The server lists no AUTH mechanism on this connection. */
    NOT_OFFERED,
    /** The server offers only mechanisms this tool does not speak. */
    UNSUPPORTED_MECHANISM,
    /** A token was given, but the server offers sign-in only with a password: neither XOAUTH2 nor OAUTHBEARER. */
    OAUTH_NOT_OFFERED,
    /** Not tried: the password would have gone over an unencrypted connection. */
    SKIPPED_UNENCRYPTED,
    /** Not tried: the server's certificate could not be verified, so the password stayed here. */
    SKIPPED_CERTIFICATE,
    /** Not tried: this credential was already checked in this run (politeness rule). */
    SKIPPED_ALREADY_CHECKED,
    /** Not tried: no password was given. */
    SKIPPED_NO_PASSWORD,
    /**
     * The server answered outside the AUTH exchange (RFC 4954): 250 or another code no login ends with, a
     * 500-504 "command not processed", or a new prompt (334) after the credentials went. Says nothing about the
     * password; the exchange was cancelled and the credentials were not sent again.
     */
    PROTOCOL_ERROR,
    /** The connection failed during the exchange. */
    INTERRUPTED
}
