package org.outboxdoctor.settings;

import java.util.List;

/**
 * What the user's mail program uses now to send: the settings that fail, which the check reproduces. Made from
 * what the user typed by {@link SettingsReader}.
 *
 * @param usernameGiven the user typed a user name; false when it is the default, which the provider's rule may change
 * @param notes corrections made while reading what the user typed, shown to them
 * @param from the address the mail program sends from: the address itself, or an alias or second address
 */
public record MailSettings(EmailAddress address, String username, String server, int port,
                           Security security, boolean auth, List<SettingNote> notes, boolean usernameGiven, EmailAddress from) {

    public MailSettings {
        notes = List.copyOf(notes);
        from = from == null ? address : from;
    }

    public MailSettings(EmailAddress address, String username, String server, int port, Security security, boolean auth,
                        List<SettingNote> notes, boolean usernameGiven) {
        this(address, username, server, port, security, auth, notes, usernameGiven, address);
    }

    /** Settings whose user name was given as it is. */
    public MailSettings(EmailAddress address, String username, String server, int port, Security security, boolean auth,
                        List<SettingNote> notes) {
        this(address, username, server, port, security, auth, notes, true);
    }

    /** The same settings logging in as {@code name}, with a note saying why. */
    MailSettings withDefaultUsername(String name, SettingNote note) {
        List<SettingNote> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new MailSettings(address, name, server, port, security, auth, more, false, from);
    }
}
