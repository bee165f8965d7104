package org.outboxdoctor.export;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings a check proved, ready to hand over to a mail program. There is no password here on purpose: every
 * file made from this asks the user for it on the device.
 *
 * @param displayName the person's name for sent messages; blank when not known (the mail program asks)
 * @param incoming the incoming server that accepted the password in the same check; empty when none did, and then
 *     only the steps can be made (profiles, autoconfig files and QR codes all need an incoming server)
 * @param practice true when the settings belong to a practice scenario's pretend servers
 * @param practiceScenario the scenario's name for practice runs, empty otherwise
 * @param language the language of the steps and the files' display texts: the run's, English by default
 */
public record HandOver(String address, String displayName, Outgoing outgoing, Optional<Incoming> incoming,
                       boolean practice, String practiceScenario, Locale language) {

    public HandOver {
        address = requireText(address, "email address");
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw new IllegalArgumentException("\"" + address + "\" is not an email address.");
        }
        displayName = displayName == null ? "" : displayName.trim();
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(incoming, "incoming");
        practiceScenario = practiceScenario == null ? "" : practiceScenario.trim();
        if (practice && practiceScenario.isEmpty()) {
            throw new IllegalArgumentException("A practice hand-over needs the scenario's name.");
        }
        language = language == null ? Locale.ROOT : language;
    }

    /** Real settings for an address (not practice). */
    public static HandOver of(String address, String displayName, Outgoing outgoing, Optional<Incoming> incoming) {
        return new HandOver(address, displayName, outgoing, incoming, false, "", Locale.ROOT);
    }

    /** The same settings, marked as belonging to a practice scenario. */
    public HandOver asPractice(String scenario) {
        return new HandOver(address, displayName, outgoing, incoming, true, scenario, language);
    }

    /** The same settings, their steps and files worded in {@code locale}'s language. */
    public HandOver in(Locale locale) {
        return new HandOver(address, displayName, outgoing, incoming, practice, practiceScenario, locale);
    }

    /** The words of the steps and files in this hand-over's language. */
    public ExportTexts texts() {
        return ExportTexts.get(language);
    }

    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    public String localPart() {
        return address.substring(0, address.lastIndexOf('@'));
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is missing.");
        }
        return value.trim();
    }

    static void requirePort(int port, String what) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The " + what + " " + port + " is not between 1 and 65535.");
        }
    }
}
