package org.outboxdoctor.probe;

import org.outboxdoctor.settings.Secret;

/**
 * Who logs in and sends during a run.
 *
 * @param relayRecipient an address outside the provider, used only in RCPT TO (nothing is ever sent to it)
 * @param allowPlaintextAuth the user agreed to send the password over an unencrypted connection for this run
 */
public record Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth) {

    public static final String DEFAULT_RELAY_RECIPIENT = "outbox-doctor-relay-check@example.com";

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }
}
