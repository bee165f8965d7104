package org.outboxdoctor.export;

import java.util.Locale;

/**
 * The mail programs the steps are written for. Each one's words (its title, how it names the security choices,
 * its steps) are in {@code steps.properties} under its key.
 */
public enum MailProgram {
    OUTLOOK_CLASSIC("outlookClassic"),
    OUTLOOK_NEW("outlookNew"),
    THUNDERBIRD("thunderbird"),
    APPLE_MAIL("appleMail"),
    IPHONE_IPAD_MAIL("iosMail"),
    GMAIL_ANDROID("gmailAndroid"),
    THUNDERBIRD_ANDROID("thunderbirdAndroid");

    private final String key;

    MailProgram(String key) {
        this.key = key;
    }

    /** The prefix of this program's keys in the steps bundle. */
    public String key() {
        return key;
    }

    /** The program's name as users know it, such as "Outlook (classic)". */
    public String title() {
        return ExportTexts.get().program(this, "title");
    }

    /** The program's name in {@code locale}'s language (the same in most). */
    public String title(Locale locale) {
        return ExportTexts.get(locale).program(this, "title");
    }
}
