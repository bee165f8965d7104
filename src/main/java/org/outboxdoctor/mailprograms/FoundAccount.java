package org.outboxdoctor.mailprograms;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One sending address found in a mail program, with the outgoing server it sends through and the incoming server of
 * the same account. Never a password: none is read.
 *
 * @param profile    the program's profile (Thunderbird, Outlook) or account name (Apple Mail)
 * @param address    the From address
 * @param outgoing   empty when the program names no usable outgoing server (a note then says why)
 * @param notes      what looks wrong with these settings, each its own note
 */
public record FoundAccount(MailProgram program, String profile, boolean defaultProfile, String address,
                           Optional<String> displayName, Optional<Outgoing> outgoing, Optional<Incoming> incoming,
                           List<Note> notes) {

    public FoundAccount {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(incoming, "incoming");
        notes = List.copyOf(notes);
    }

    /** Whether this account sends as {@code other}: addresses compare without regard to case. */
    public boolean hasAddress(String other) {
        return other != null && address.trim().toLowerCase(Locale.ROOT).equals(other.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The outgoing (SMTP) server as the program is set up.
     *
     * @param port     empty when the program leaves it to its default and the default is not known
     * @param security empty when the program records a value this reader does not know
     */
    public record Outgoing(String server, Optional<Integer> port, Optional<ConnectionSecurity> security,
                           AuthMethod authMethod, Optional<String> username) {
        public Outgoing {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(security, "security");
            Objects.requireNonNull(authMethod, "authMethod");
            Objects.requireNonNull(username, "username");
        }

        public boolean login() {
            return authMethod.logsIn();
        }
    }

    /** The incoming server of the same account. @param type imap, pop3, nntp, exchange... as the program names it */
    public record Incoming(String type, String server, Optional<Integer> port, Optional<ConnectionSecurity> security,
                           Optional<String> username) {
        public Incoming {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(security, "security");
            Objects.requireNonNull(username, "username");
        }
    }
}
