package org.outboxdoctor.mailprograms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The notes any program's outgoing settings can earn, whatever program they were read from. */
final class AccountNotes {
    private static final Set<Integer> PLAIN_START_PORTS = Set.of(25, 587, 2525);

    private AccountNotes() {
    }

    /**
     * @param ownLogins the logins that belong to the same account (its incoming user name, its other addresses): an
     *                  alias sent with its own account's login is how aliases work, not a wrong server
     */
    static List<Note> forOutgoing(String address, FoundAccount.Outgoing outgoing, Collection<String> ownLogins,
                                  MailProgramsTexts texts) {
        List<Note> notes = new ArrayList<>();
        Optional<String> loginDomain = outgoing.username().flatMap(AccountNotes::domainOfAddress);
        Optional<String> addressDomain = domainOfAddress(address);
        boolean ownLogin = ownLogins.stream().anyMatch(login -> login.equalsIgnoreCase(outgoing.username().orElse("")));
        if (loginDomain.isPresent() && addressDomain.isPresent() && !loginDomain.equals(addressDomain) && !ownLogin) {
            notes.add(texts.note(NoteCode.OTHER_ACCOUNTS_SERVER, outgoing.username().get(), outgoing.server()));
        }
        if (!outgoing.login()) {
            notes.add(texts.note(NoteCode.LOGIN_OFF, outgoing.server()));
        }
        ConnectionSecurity security = outgoing.security().orElse(null);
        AuthMethod auth = outgoing.authMethod();
        if (security == ConnectionSecurity.NONE && (auth == AuthMethod.NORMAL_PASSWORD || auth == AuthMethod.PASSWORD)) {
            notes.add(texts.note(NoteCode.PASSWORD_UNENCRYPTED));
        }
        outgoing.port().ifPresent(port -> {
            if (security == ConnectionSecurity.TLS && PLAIN_START_PORTS.contains(port)
                    || security == ConnectionSecurity.STARTTLS && port == 465) {
                notes.add(texts.note(NoteCode.SECURITY_PORT_MISMATCH, port,
                        security == ConnectionSecurity.TLS ? "SSL/TLS" : "STARTTLS"));
            }
        });
        if (security == ConnectionSecurity.AUTOMATIC) {
            notes.add(texts.note(NoteCode.AUTOMATIC_SECURITY));
        }
        return notes;
    }

    /** The part after the @, in lower case; empty for a login name without one. */
    static Optional<String> domainOfAddress(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? Optional.empty()
                : Optional.of(address.substring(at + 1).trim().toLowerCase(Locale.ROOT));
    }

    /** The last two labels of a host name (smtp.mail.example.com gives example.com): enough to tell providers apart. */
    static String domainOfHost(String host) {
        String[] labels = host.trim().toLowerCase(Locale.ROOT).split("\\.");
        return labels.length < 2 ? host.toLowerCase(Locale.ROOT)
                : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
