package org.outboxdoctor.export;

import java.util.Optional;
import org.outboxdoctor.settings.Security;

/** Hand-overs the export tests share. */
final class Samples {
    static final String ADDRESS = "jane@domain.example";

    private Samples() {
    }

    static Outgoing smtps() {
        return new Outgoing("smtp.domain.example", 465, Security.TLS, ADDRESS, true);
    }

    static Incoming imaps() {
        return new Incoming(Incoming.Protocol.IMAP, "imap.domain.example", 993, Security.TLS, ADDRESS);
    }

    /** IMAP on 993 and SMTP with TLS on 465, both logging in with the address. */
    static HandOver imapAccount() {
        return HandOver.of(ADDRESS, "Jane Doe", smtps(), Optional.of(imaps()));
    }

    /** POP3 with STARTTLS under the local part, sending on 587 with STARTTLS under another name. */
    static HandOver popAccount() {
        return HandOver.of(ADDRESS, "", new Outgoing("mail.domain.example", 587, Security.STARTTLS, "smtp-user-7", true),
                Optional.of(new Incoming(Incoming.Protocol.POP3, "pop.domain.example", 110, Security.STARTTLS, "jane")));
    }

    /** A relay that takes mail without a login, on plain port 25. */
    static HandOver openRelay() {
        return HandOver.of(ADDRESS, "Jane", new Outgoing("relay.domain.example", 25, Security.NONE, "", false),
                Optional.of(imaps()));
    }

    static HandOver outgoingOnly() {
        return HandOver.of(ADDRESS, "Jane Doe", smtps(), Optional.empty());
    }
}
