package org.outboxdoctor.settings;

import java.net.IDN;
import java.util.Locale;

/** A mail address split into its local part and its domain, the domain in ASCII (punycode) form. */
public record EmailAddress(String localPart, String domain) {
    /** RFC 5321 section 4.5.3.1: a path is at most 256 octets with its brackets, a local part at most 64. */
    static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_PART = 64;

    public static EmailAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidSettingException("Please give an email address, like name@example.com.");
        }
        String trimmed = text.trim();
        if (UserName.hasForbiddenCharacter(trimmed)) {
            throw new InvalidSettingException("The email address contains a line break, a control character, < or >;"
                    + " type it as name@example.com.");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidSettingException("The email address is longer than " + MAX_LENGTH + " characters, more than"
                    + " mail servers accept.");
        }
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSettingException("\"" + trimmed + "\" is not an email address. It should look like name@example.com.");
        }
        String local = trimmed.substring(0, at);
        if (local.length() > MAX_LOCAL_PART) {
            throw new InvalidSettingException("The part before @ in the email address is longer than " + MAX_LOCAL_PART
                    + " characters, more than mail servers accept.");
        }
        String domain;
        try {
            domain = IDN.toASCII(trimmed.substring(at + 1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("The part after @ in \"" + trimmed + "\" is not a valid domain name.");
        }
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (!HostName.isValid(domain) || !domain.contains(".")) {
            throw new InvalidSettingException("The part after @ in \"" + trimmed + "\" is not a valid domain name.");
        }
        return new EmailAddress(local, domain);
    }

    @Override
    public String toString() {
        return localPart + "@" + domain;
    }
}
