package org.outboxdoctor.probe.login;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Provider;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.outboxdoctor.probe.Causes;

/**
 * Reading mail with a token: XOAUTH2 through Angus Mail, for IMAP ({@link TokenImapStore}) and POP3 (RFC 5034 AUTH,
 * which Angus never falls back from to USER/PASS). The token goes where the password would go.
 */
final class TokenSignIn {
    /** Angus' POP3 store says this when the server's CAPA lists no SASL XOAUTH2; nothing was sent then. */
    private static final String POP3_NOT_OFFERED = "No authentication mechanisms supported by both server and client";
    private static final Provider IMAP = new Provider(Provider.Type.STORE, "imap", TokenImapStore.class.getName(),
            "Outbox Doctor", "1");

    private TokenSignIn() {
    }

    static Store store(Session session, MailboxProtocol protocol, boolean token) throws NoSuchProviderException {
        return token && protocol == MailboxProtocol.IMAP ? session.getStore(IMAP) : session.getStore(protocol.provider());
    }

    /** Only XOAUTH2: Angus would otherwise try PLAIN and LOGIN with the token as the password. */
    static void configure(Properties p, String prefix, boolean token) {
        if (token) {
            p.put(prefix + ".auth.mechanisms", "XOAUTH2");
        }
    }

    /** The server offers no sign-in with a token: the library stopped before sending it. */
    static boolean notOffered(MessagingException e) {
        return Causes.find(e, TokenImapStore.NotOffered.class) != null
                || (e instanceof AuthenticationFailedException && POP3_NOT_OFFERED.equals(e.getMessage()));
    }
}
