package org.outboxdoctor.mailprograms;

import java.util.Optional;
import org.outboxdoctor.settings.Security;

/**
 * The connection security a mail program is set to. Outlook also knows "automatic", which the check's own
 * {@link Security} has no word for: the program tries what the server offers.
 */
public enum ConnectionSecurity {
    NONE("none", Security.NONE),
    STARTTLS("starttls", Security.STARTTLS),
    TLS("tls", Security.TLS),
    AUTOMATIC("auto", null);

    private final String word;
    private final Security security;

    ConnectionSecurity(String word, Security security) {
        this.word = word;
        this.security = security;
    }

    public String word() {
        return word;
    }

    /** The same setting as the check's settings form takes it; empty for {@link #AUTOMATIC}. */
    public Optional<Security> toSecurity() {
        return Optional.ofNullable(security);
    }

    /**
     * Thunderbird's {@code try_ssl} and {@code socketType} (nsMsgSocketType): 0 plain, 2 STARTTLS, 3 SSL/TLS.
     * The retired 1 ("STARTTLS if offered") is read as STARTTLS, what Thunderbird migrated it to.
     */
    static Optional<ConnectionSecurity> fromThunderbird(int socketType) {
        switch (socketType) {
            case 0: return Optional.of(NONE);
            case 1: case 2: return Optional.of(STARTTLS);
            case 3: return Optional.of(TLS);
            default: return Optional.empty();
        }
    }

    /**
     * Outlook's {@code SMTP Secure Connection} and {@code IMAP/POP3 Use SSL} (Microsoft's ENCRYPT_CONN_* constants):
     * 0 no security, 1 SSL, 2 TLS, 3 automatic. Microsoft's "SSL" is TLS from the first byte (Outlook 2016 and later
     * label it SSL/TLS) and its "TLS" is the upgrade of a plain connection (labelled STARTTLS since Outlook 2016).
     */
    static Optional<ConnectionSecurity> fromOutlook(long value) {
        switch ((int) value) {
            case 0: return Optional.of(NONE);
            case 1: return Optional.of(TLS);
            case 2: return Optional.of(STARTTLS);
            case 3: return Optional.of(AUTOMATIC);
            default: return Optional.empty();
        }
    }
}
