package org.outboxdoctor.settings;

/**
 * The login name as typed. It goes into SMTP, IMAP and POP3 command lines, so a line break in it would send
 * commands of its own (and write lines of its own into a report): control characters are refused, never cleaned.
 */
final class UserName {
    /** Longer than any provider's login name, short enough to fit every protocol's command line. */
    static final int MAX_LENGTH = 256;

    private UserName() {
    }

    static void check(String name) {
        if (name == null || name.isEmpty()) {
            return;
        }
        if (hasForbiddenCharacter(name)) {
            throw new InvalidSettingException("The user name contains a line break, a control character, < or >;"
                    + " type it exactly as your provider gave it.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidSettingException("The user name is longer than " + MAX_LENGTH + " characters, more than mail"
                    + " servers accept.");
        }
    }

    static boolean hasForbiddenCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>'
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }
}
