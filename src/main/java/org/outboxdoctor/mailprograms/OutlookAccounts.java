package org.outboxdoctor.mailprograms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns Outlook's account keys into found accounts. Outlook's own meanings: SMTP Port defaults to 25,
 * SMTP Secure Connection is ENCRYPT_CONN_* (see {@link ConnectionSecurity#fromOutlook}), SMTP Use Auth 0/1, with
 * SMTP Use SPA (Secure Password Authentication, NTLM) and SMTP Auth Method 1 meaning a separate SMTP User; otherwise
 * the login is the incoming server's.
 */
final class OutlookAccounts {
    private static final int SMTP_AUTH_USER_PASS = 1;

    private OutlookAccounts() {
    }

    static List<FoundAccount> from(List<RegQueryParser.RawAccount> raw, MailProgramsTexts texts) {
        List<FoundAccount> accounts = new ArrayList<>();
        for (RegQueryParser.RawAccount account : raw) {
            Optional<String> incomingType = account.text("IMAP Server").isPresent() ? Optional.of("IMAP")
                    : account.text("POP3 Server").isPresent() ? Optional.of("POP3") : Optional.empty();
            Optional<String> address = account.text("Email").or(() -> account.text("SMTP Email Address"));
            if (address.isEmpty() && account.text("SMTP Server").isEmpty() && incomingType.isEmpty()) {
                continue; // the address book, data files and other services share the key; they send nothing
            }
            Optional<FoundAccount.Incoming> incoming = incomingType.map(type -> incoming(account, type));
            Optional<FoundAccount.Outgoing> outgoing = account.text("SMTP Server")
                    .map(server -> outgoing(account, server, incoming.flatMap(FoundAccount.Incoming::username)));
            String shownAddress = address.or(() -> account.text("Account Name")).orElse(account.key());
            List<Note> notes = new ArrayList<>();
            if (outgoing.isEmpty()) {
                notes.add(texts.note(NoteCode.NOT_SENT_BY_SMTP));
            }
            outgoing.ifPresent(o -> notes.addAll(AccountNotes.forOutgoing(shownAddress, o,
                    incoming.flatMap(FoundAccount.Incoming::username).stream().toList(), texts)));
            accounts.add(new FoundAccount(MailProgram.OUTLOOK, account.profile(), false, shownAddress,
                    account.text("Display Name"), outgoing, incoming, notes));
        }
        return accounts;
    }

    private static FoundAccount.Outgoing outgoing(RegQueryParser.RawAccount account, String server,
                                                  Optional<String> incomingUser) {
        int port = account.number("SMTP Port").filter(OutlookAccounts::isPort).map(Long::intValue).orElse(25);
        Optional<ConnectionSecurity> security = ConnectionSecurity.fromOutlook(
                account.number("SMTP Secure Connection").orElse(0L));
        boolean login = account.number("SMTP Use Auth").orElse(0L) != 0;
        AuthMethod auth = !login ? AuthMethod.NONE
                : account.number("SMTP Use SPA").orElse(0L) != 0 ? AuthMethod.NTLM : AuthMethod.PASSWORD;
        boolean ownUser = account.number("SMTP Auth Method").orElse(0L) == SMTP_AUTH_USER_PASS;
        Optional<String> username = !login ? Optional.empty()
                : ownUser ? account.text("SMTP User") : incomingUser.or(() -> account.text("SMTP User"));
        return new FoundAccount.Outgoing(server, Optional.of(port), security, auth, username);
    }

    private static FoundAccount.Incoming incoming(RegQueryParser.RawAccount account, String type) {
        String server = account.text(type + " Server").orElseThrow();
        Optional<ConnectionSecurity> security = ConnectionSecurity.fromOutlook(account.number(type + " Use SSL").orElse(0L));
        boolean tls = security.orElse(null) == ConnectionSecurity.TLS;
        int standard = type.equals("IMAP") ? (tls ? 993 : 143) : (tls ? 995 : 110);
        return new FoundAccount.Incoming(type.toLowerCase(Locale.ROOT), server,
                Optional.of(account.number(type + " Port").filter(OutlookAccounts::isPort).map(Long::intValue)
                        .orElse(standard)),
                security, account.text(type + " User"));
    }

    /** A DWORD or QWORD that is a TCP port; anything else is Outlook's default (a port of 2^28 was found by Jazzer). */
    private static boolean isPort(long value) {
        return value > 0 && value < 65536;
    }
}
