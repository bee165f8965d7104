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
            throw InvalidSettingException.of("problem.email.missing");
        }
        String trimmed = text.trim();
        if (UserName.hasForbiddenCharacter(trimmed)) {
            throw InvalidSettingException.of("problem.email.control");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw InvalidSettingException.of("problem.email.tooLong", MAX_LENGTH);
        }
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw InvalidSettingException.of("problem.email.notAnAddress", trimmed);
        }
        String local = trimmed.substring(0, at);
        if (local.length() > MAX_LOCAL_PART) {
            throw InvalidSettingException.of("problem.email.localTooLong", MAX_LOCAL_PART);
        }
        String domain;
        try {
            domain = IDN.toASCII(trimmed.substring(at + 1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw InvalidSettingException.of("problem.email.domain", trimmed);
        }
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (!HostName.isValid(domain) || !domain.contains(".")) {
            throw InvalidSettingException.of("problem.email.domain", trimmed);
        }
        return new EmailAddress(local, domain);
    }

    @Override
    public String toString() {
        return localPart + "@" + domain;
    }
}
