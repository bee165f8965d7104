package org.outboxdoctor.explain;

import java.util.Arrays;
import java.util.Optional;

/** The mail program whose words a pasted message is in. Ids are API: the catalogue and {@code explain --json} use them. */
public enum Program {
    OUTLOOK("outlook"),
    NEW_OUTLOOK("newOutlook"),
    THUNDERBIRD("thunderbird"),
    APPLE_MAIL("appleMail"),
    IPHONE_MAIL("iphoneMail"),
    GMAIL_ANDROID("gmailAndroid"),
    THUNDERBIRD_ANDROID("thunderbirdAndroid"),
    /** No program's own words were recognised (a bare server reply, or nothing at all). */
    UNKNOWN("unknown");

    private final String id;

    Program(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Program> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
