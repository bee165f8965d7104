package org.outboxdoctor.settings;

import java.util.Locale;
import java.util.Optional;

/** How a mail program protects its connection to the outgoing server. */
public enum Security {
    /** Plain text, no encryption. */
    NONE("none"),
    /** Plain connection upgraded with the STARTTLS command (usually port 587 or 25). */
    STARTTLS("starttls"),
    /** TLS from the first byte, sometimes called SSL (usually port 465). */
    TLS("tls");

    private final String word;

    Security(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Reads the words people and mail programs use: "ssl" and "ssl/tls" mean implicit TLS. */
    public static Optional<Security> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "none": case "plain": case "off": return Optional.of(NONE);
            case "starttls": case "start-tls": return Optional.of(STARTTLS);
            case "tls": case "ssl": case "ssl/tls": case "implicit": return Optional.of(TLS);
            default: return Optional.empty();
        }
    }

    /** The security a standard submission port is meant to be used with. */
    public static Security standardFor(int port) {
        return port == 465 ? TLS : STARTTLS;
    }
}
