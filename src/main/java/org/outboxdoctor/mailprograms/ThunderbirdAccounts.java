package org.outboxdoctor.mailprograms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sending addresses in one Thunderbird profile's preferences (a pure function, tested without files).
 *
 * <p>Accounts are mail.accountmanager.accounts; each names its incoming server and identities; an identity names its
 * outgoing server (mail.identity.idN.smtpServer) or, without one, uses mail.smtp.defaultserver. Defaults are those of
 * Thunderbird: authMethod 3 (normal password), try_ssl/socketType 0, port 0 = 465 for SSL/TLS and 587 otherwise
 * (SmtpClient), or what the profile sets under mail.smtpserver.default / mail.server.default.
 */
final class ThunderbirdAccounts {
    private static final int NORMAL_PASSWORD = 3;

    private ThunderbirdAccounts() {
    }

    static List<FoundAccount> read(Prefs prefs, String profile, boolean isDefault, MailProgramsTexts texts) {
        List<Identity> identities = new ArrayList<>();
        for (String account : prefs.list("mail.accountmanager.accounts")) {
            Optional<String> serverKey = prefs.text("mail.account." + account + ".server");
            Optional<FoundAccount.Incoming> incoming = serverKey.flatMap(key -> incoming(prefs, key));
            for (String id : prefs.list("mail.account." + account + ".identities")) {
                Optional<String> address = prefs.text("mail.identity." + id + ".useremail");
                if (address.isPresent() && prefs.bool("mail.identity." + id + ".valid").orElse(true)) {
                    identities.add(new Identity(id, address.get(), incoming));
                }
            }
        }
        List<FoundAccount> found = new ArrayList<>();
        for (Identity identity : identities) {
            found.add(account(prefs, identity, identities, profile, isDefault, texts));
        }
        return found;
    }

    private record Identity(String id, String address, Optional<FoundAccount.Incoming> incoming) {
    }

    private static FoundAccount account(Prefs prefs, Identity identity, List<Identity> all, String profile,
                                        boolean isDefault, MailProgramsTexts texts) {
        String base = "mail.identity." + identity.id() + ".";
        Optional<String> smtpKey = prefs.text(base + "smtpServer").or(() -> prefs.text("mail.smtp.defaultserver"));
        Optional<FoundAccount.Outgoing> outgoing = smtpKey.flatMap(key -> outgoing(prefs, key));
        List<Note> notes = new ArrayList<>();
        if (smtpKey.isEmpty()) {
            notes.add(texts.note(NoteCode.NO_OUTGOING_SERVER));
        } else if (outgoing.isEmpty()) {
            notes.add(texts.note(NoteCode.OUTGOING_SERVER_MISSING, smtpKey.get()));
        }
        outgoing.ifPresent(o -> {
            notes.addAll(AccountNotes.forOutgoing(identity.address(), o,
                    identity.incoming().flatMap(FoundAccount.Incoming::username).stream().toList(), texts));
            boolean namedOtherLogin = notes.stream().anyMatch(n -> n.code() == NoteCode.OTHER_ACCOUNTS_SERVER);
            if (!namedOtherLogin) {
                otherAccountUsing(o.server(), identity, all).ifPresent(other -> notes.add(
                        texts.note(NoteCode.OTHER_ACCOUNTS_SERVER, other.address(), o.server())));
            }
        });
        return new FoundAccount(MailProgram.THUNDERBIRD, profile, isDefault, identity.address(),
                prefs.text(base + "fullName"), outgoing, identity.incoming(), notes);
    }

    /**
     * Another account whose incoming server is at the provider this identity sends through, while this identity's own
     * incoming server is elsewhere: the identity is tied to the other account's outgoing server.
     */
    private static Optional<Identity> otherAccountUsing(String smtpHost, Identity identity, List<Identity> all) {
        String smtpDomain = AccountNotes.domainOfHost(smtpHost);
        if (identity.incoming().isEmpty()
                || AccountNotes.domainOfHost(identity.incoming().get().server()).equals(smtpDomain)) {
            return Optional.empty();
        }
        return all.stream()
                .filter(other -> other.incoming().isPresent() && !other.address().equalsIgnoreCase(identity.address()))
                .filter(other -> AccountNotes.domainOfHost(other.incoming().get().server()).equals(smtpDomain))
                .findFirst();
    }

    private static Optional<FoundAccount.Outgoing> outgoing(Prefs prefs, String key) {
        String base = "mail.smtpserver." + key + ".";
        Optional<String> host = prefs.text(base + "hostname");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int socketType = prefs.integer(base + "try_ssl")
                .or(() -> prefs.integer("mail.smtpserver.default.try_ssl")).orElse(0);
        Optional<ConnectionSecurity> security = ConnectionSecurity.fromThunderbird(socketType);
        int port = prefs.integer(base + "port").filter(p -> p > 0 && p < 65536)
                .orElse(security.orElse(null) == ConnectionSecurity.TLS ? 465 : 587);
        int auth = prefs.integer(base + "authMethod")
                .or(() -> prefs.integer("mail.smtpserver.default.authMethod")).orElse(NORMAL_PASSWORD);
        return Optional.of(new FoundAccount.Outgoing(host.get(), Optional.of(port), security,
                AuthMethod.fromThunderbird(auth), prefs.text(base + "username")));
    }

    private static Optional<FoundAccount.Incoming> incoming(Prefs prefs, String key) {
        String base = "mail.server." + key + ".";
        Optional<String> type = prefs.text(base + "type");
        Optional<String> host = prefs.text(base + "hostname");
        if (type.isEmpty() || host.isEmpty() || type.get().equals("none") || type.get().equals("rss")) {
            return Optional.empty();
        }
        int socketType = prefs.integer(base + "socketType")
                .or(() -> prefs.integer("mail.server.default.socketType")).orElse(0);
        Optional<ConnectionSecurity> security = ConnectionSecurity.fromThunderbird(socketType);
        Optional<Integer> port = prefs.integer(base + "port").filter(p -> p > 0 && p < 65536)
                .or(() -> defaultIncomingPort(type.get(), security.orElse(ConnectionSecurity.NONE)));
        return Optional.of(new FoundAccount.Incoming(type.get(), host.get(), port, security,
                prefs.text(base + "userName")));
    }

    private static Optional<Integer> defaultIncomingPort(String type, ConnectionSecurity security) {
        boolean tls = security == ConnectionSecurity.TLS;
        switch (type) {
            case "imap": return Optional.of(tls ? 993 : 143);
            case "pop3": return Optional.of(tls ? 995 : 110);
            case "nntp": return Optional.of(tls ? 563 : 119);
            default: return Optional.empty();
        }
    }
}
