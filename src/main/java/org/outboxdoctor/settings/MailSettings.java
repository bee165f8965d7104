package org.outboxdoctor.settings;

import java.util.List;

/**
 * What the user's mail program uses now to send: the settings that fail, which the check reproduces.
 *
 * @param notes corrections made while reading what the user typed, shown to them
 */
public record MailSettings(EmailAddress address, String username, String server, int port,
                           Security security, boolean auth, List<String> notes) {

    public MailSettings {
        notes = List.copyOf(notes);
    }
}
