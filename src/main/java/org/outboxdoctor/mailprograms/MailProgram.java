package org.outboxdoctor.mailprograms;

/** The mail programs whose account settings can be read. The word is the stable name in `mailprograms --json`. */
public enum MailProgram {
    THUNDERBIRD("thunderbird", "Thunderbird"),
    OUTLOOK("outlook", "Outlook"),
    APPLE_MAIL("apple-mail", "Apple Mail");

    private final String word;
    private final String displayName;

    MailProgram(String word, String displayName) {
        this.word = word;
        this.displayName = displayName;
    }

    public String word() {
        return word;
    }

    /** The program's own name, the same in every language. */
    public String displayName() {
        return displayName;
    }
}
