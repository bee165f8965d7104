package org.outboxdoctor.probe;

import org.outboxdoctor.settings.Secret;

/**
 * Who logs in and sends during a run, and what.
 *
 * @param relayRecipient an address outside the provider, used only in RCPT TO (nothing is ever sent to it)
 * @param allowPlaintextAuth the user agreed to send the password over an unencrypted connection for this run
 * @param messageSize the size of the message the user wants to send, on the wire (0: none), declared with SIZE=;
 *                    the engine sets it from the run's attachment
 * @param sendTest send a short test message to the user's own address on the connection that logged in
 * @param from the address the mail program sends from (an alias, another address), the address itself when the same
 */
public record Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth,
                      long messageSize, boolean sendTest, String from) {

    public Account {
        from = from == null || from.isBlank() ? address : from;
    }

    public Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth,
                   long messageSize, boolean sendTest) {
        this(address, username, password, relayRecipient, allowPlaintextAuth, messageSize, sendTest, address);
    }

    /** Sends from another address than the one that logs in. */
    public boolean sendsAsAnother() {
        return !from.equalsIgnoreCase(address);
    }

    public static final String DEFAULT_RELAY_RECIPIENT = "outbox-doctor-relay-check@example.com";

    public Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth) {
        this(address, username, password, relayRecipient, allowPlaintextAuth, 0, false);
    }

    /** The same account, declaring a message of {@code bytes} on the wire. */
    public Account declaring(long bytes) {
        return new Account(address, username, password, relayRecipient, allowPlaintextAuth, bytes, sendTest, from);
    }

    /** The same account, logging in as {@code name}. */
    public Account loggingInAs(String name) {
        return new Account(address, name, password, relayRecipient, allowPlaintextAuth, messageSize, sendTest, from);
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }
}
