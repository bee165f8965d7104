package org.outboxdoctor.diagnosis;

/**
 * The stable finding codes (design.md): API for the JSON output, reports and tests. Declared in the
 * order findings are ranked: the surer a cause stops sending, the earlier it comes.
 */
public enum FindingCode {
    OFFLINE,
    SERVER_NOT_FOUND,
    DNS_FAILED,
    SMTP_UNREACHABLE,
    ACCOUNT_SUSPENDED,
    SIGN_IN_BLOCKED,
    OAUTH_REQUIRED,
    SMTP_AUTH_DISABLED,
    APP_PASSWORD_REQUIRED,
    OAUTH_TOKEN_REFUSED,
    OAUTH_NOT_OFFERED,
    WRONG_PASSWORD,
    SMTP_AUTH_REFUSED,
    AUTH_PROTOCOL_ERROR,
    RATE_LIMITED,
    SENDING_LIMIT_REACHED,
    SENDER_NOT_ALLOWED,
    PORT_BLOCKED,
    PORT_REFUSED,
    TLS_MODE_MISMATCH,
    TLS_REQUIRED,
    TLS_NOT_OFFERED,
    AUTH_NOT_USED,
    AUTH_NOT_OFFERED,
    TLS_INTERCEPTED,
    CONNECTION_INTERCEPTED,
    CERT_NAME_MISMATCH,
    CERT_UNTRUSTED,
    WRONG_SERVER,
    MESSAGE_TOO_LARGE,
    IP_BLACKLISTED,
    SERVER_ERROR,
    BLACKLIST_UNCHECKED,
    IP_POLICY_LISTED,
    CAN_SEND;

    /** The fix is other settings in the mail program (server, port, security, login), as "Use these settings" lists. */
    public boolean changesSettings() {
        return switch (this) {
            case SERVER_NOT_FOUND, PORT_BLOCKED, PORT_REFUSED, TLS_MODE_MISMATCH, TLS_REQUIRED, AUTH_NOT_USED,
                 AUTH_NOT_OFFERED, CONNECTION_INTERCEPTED, CERT_NAME_MISMATCH, WRONG_SERVER -> true;
            default -> false;
        };
    }
}
