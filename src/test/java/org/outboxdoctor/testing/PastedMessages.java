package org.outboxdoctor.testing;

/** Error messages as customers paste them, for the tests of what the wizard and `check` make of them. */
public final class PastedMessages {
    /** Outlook (classic) could not connect on port 25 without SSL: no answer (Winsock 10060). */
    public static final String OUTLOOK_PORT_25 = "Sending reported error (0x800CCC0E) : 'Cannot connect to the server.' "
            + "Server: 'mail.example.test', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10060, "
            + "Error Number: 0x800CCC0E";

    private PastedMessages() {
    }
}
