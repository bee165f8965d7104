package org.outboxdoctor.mailprograms;

import java.util.Locale;

/**
 * What a note says, as a stable code for scripts (`mailprograms --json`). The words are in
 * mailprograms.properties under {@code note.<camelCase>}.
 */
public enum NoteCode {
    // about one account
    OUTGOING_SERVER_MISSING,
    NO_OUTGOING_SERVER,
    OTHER_ACCOUNTS_SERVER,
    LOGIN_OFF,
    PASSWORD_UNENCRYPTED,
    SECURITY_PORT_MISMATCH,
    AUTOMATIC_SECURITY,
    NOT_SENT_BY_SMTP,
    // about a program or one of its profiles
    PROFILE_IN_USE,
    MALFORMED,
    TOO_LARGE,
    UNREADABLE,
    LOCKED,
    NOT_PERMITTED,
    NOT_RUNNING,
    TIMED_OUT,
    HOW_TO_LOOK_UP;

    /** The bundle key: OTHER_ACCOUNTS_SERVER is note.otherAccountsServer. */
    String key() {
        StringBuilder key = new StringBuilder("note.");
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
