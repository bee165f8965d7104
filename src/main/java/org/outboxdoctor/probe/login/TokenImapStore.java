package org.outboxdoctor.probe.login;

import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;

/**
 * Angus Mail's IMAP store for signing in with a token. When none of the configured mechanisms is offered, Angus falls
 * back to a plain LOGIN with the "password" (here the token), so a server without AUTH=XOAUTH2 would be sent the token
 * as a password. This store stops before any login instead, once the server's capabilities (after STARTTLS, when it
 * is used) are known.
 */
public final class TokenImapStore extends IMAPStore {

    public TokenImapStore(Session session, URLName url) {
        super(session, url);
    }

    @Override
    protected void preLogin(IMAPProtocol protocol) throws ProtocolException {
        if (!protocol.hasCapability("AUTH=XOAUTH2")) {
            throw new NotOffered();
        }
    }

    /** The server lists no AUTH=XOAUTH2: nothing was sent. */
    static final class NotOffered extends ProtocolException {
        private static final long serialVersionUID = 1L;

        NotOffered() {
            super("the server does not offer AUTH=XOAUTH2");
        }
    }
}
