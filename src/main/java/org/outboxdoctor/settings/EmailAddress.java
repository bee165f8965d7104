package org.outboxdoctor.settings;

import java.net.IDN;
import java.util.Locale;

/** A mail address split into its local part and its domain, the domain in ASCII (punycode) form. */
public record EmailAddress(String localPart, String domain) {

    public static EmailAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidSettingException("Please give an email address, like name@example.com.");
        }
        String trimmed = text.trim();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSettingException("\"" + trimmed + "\" is not an email address. It should look like name@example.com.");
        }
        String local = trimmed.substring(0, at);
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
