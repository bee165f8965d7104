package org.outboxdoctor.probe.smtp;

import org.outboxdoctor.settings.Security;

/**
 * A send attempt stopped before any message is transferred: MAIL FROM the user, RCPT TO an address
 * outside the provider, then RSET. It shows whether the server would take mail for the outside world.
 *
 * @param rcptReply null when MAIL FROM was already refused
 */
public record RelayCheck(boolean authenticated, Security mode, SmtpReply mailReply, SmtpReply rcptReply) {

    public boolean accepted() {
        return mailReply.positive() && rcptReply != null && rcptReply.positive();
    }

    /** The reply that decided the attempt. */
    public SmtpReply decisive() {
        return rcptReply == null || !mailReply.positive() ? mailReply : rcptReply;
    }
}
