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
            throw InvalidSettingException.of("problem.username.control");
        }
        if (name.length() > MAX_LENGTH) {
            throw InvalidSettingException.of("problem.username.tooLong", MAX_LENGTH);
        }
    }

    static boolean hasForbiddenCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>'
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }
}
