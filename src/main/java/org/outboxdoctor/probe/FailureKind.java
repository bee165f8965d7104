package org.outboxdoctor.probe;

/** Why a conversation with a server stopped before its end. */
public enum FailureKind {
    /** The server's machine answered the connection attempt with a reset: nothing listens there. */
    REFUSED,
    /** No answer at all to the connection attempt: something drops the packets. */
    FILTERED,
    /** The network says there is no route to the address. */
    UNREACHABLE,
    /** Connected, but the server did not reply within the time allowed. */
    REPLY_TIMEOUT,
    /** The server closed the connection. */
    CLOSED,
    /** The server sent something that is not the protocol. */
    GARBAGE,
    /** The server sent more than any real server does (an endless line or reply). */
    OVERSIZED,
    /** The TLS handshake failed. */
    TLS_FAILED,
    /** A TLS handshake met a server that talks plain text: the security setting does not fit the port. */
    TLS_GOT_PLAINTEXT,
    /** The run's connection budget was spent, so this connection was not opened. */
    BUDGET_SPENT,
    /** The run was cancelled or its deadline passed. */
    CANCELLED,
    /** Any other input/output error. */
    IO
}
