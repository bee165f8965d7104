package org.outboxdoctor.explain;

import java.util.Locale;
import java.util.Optional;
import org.outboxdoctor.settings.Ports;
import org.outboxdoctor.settings.Security;

/**
 * What an error message gives away about the outgoing settings, in the words the check's settings take. A message
 * about receiving (Outlook names POP3 or IMAP) says nothing about sending, so it gives nothing here. Outlook's
 * "Secure(SSL): Yes" does not say which kind of encryption: it is read as the port's own (SSL/TLS on 465, else
 * STARTTLS); "No" is no encryption at all.
 */
public record SendingSettings(Optional<String> server, Optional<Integer> port, Optional<Security> security) {
    public static final SendingSettings NONE = new SendingSettings(Optional.empty(), Optional.empty(), Optional.empty());

    public static SendingSettings of(Explanation explanation) {
        RevealedSettings revealed = explanation.settings();
        boolean aboutSending = revealed.protocol().map(p -> p.toUpperCase(Locale.ROOT).equals("SMTP")).orElse(true);
        if (!aboutSending) {
            return NONE;
        }
        Optional<Security> security = revealed.ssl().map(ssl -> ssl
                ? Security.standardFor(revealed.port().orElse(Ports.SUBMISSION)) : Security.NONE);
        return new SendingSettings(revealed.server(), revealed.port(), security);
    }

    public boolean isEmpty() {
        return server.isEmpty() && port.isEmpty() && security.isEmpty();
    }
}
