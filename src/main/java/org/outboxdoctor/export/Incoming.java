package org.outboxdoctor.export;

import java.util.Locale;
import java.util.Objects;
import org.outboxdoctor.settings.Security;

/** The incoming server whose login accepted the password in the same check; always logs in with a password. */
public record Incoming(Protocol protocol, String host, int port, Security security, String username) {

    /** How the mail program reads mail. */
    public enum Protocol {
        IMAP, POP3;

        /** Reads the protocol names the probes report ("IMAP", "POP3", any case). */
        public static Protocol parse(String name) {
            return valueOf(Objects.requireNonNull(name, "protocol").trim().toUpperCase(Locale.ROOT));
        }
    }

    public Incoming {
        Objects.requireNonNull(protocol, "protocol");
        host = HandOver.requireText(host, "incoming server");
        HandOver.requirePort(port, "incoming port");
        Objects.requireNonNull(security, "security");
        username = HandOver.requireText(username, "incoming user name");
    }
}
