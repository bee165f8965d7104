package org.outboxdoctor.probe.login;

/** The two ways to read mail, as Jakarta Mail names them. */
public enum MailboxProtocol {
    IMAP("imap"),
    POP3("pop3");

    private final String provider;

    MailboxProtocol(String provider) {
        this.provider = provider;
    }

    public String provider() {
        return provider;
    }
}
