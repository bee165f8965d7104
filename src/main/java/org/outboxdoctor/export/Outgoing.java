package org.outboxdoctor.export;

import java.util.Objects;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.Security;

/**
 * The outgoing (SMTP) server that was proven to send.
 *
 * @param auth true when the mail program must log in to send; {@code username} is then the login name
 */
public record Outgoing(String host, int port, Security security, String username, boolean auth) {

    public Outgoing {
        host = HandOver.requireText(host, "outgoing server");
        HandOver.requirePort(port, "outgoing port");
        Objects.requireNonNull(security, "security");
        username = username == null ? "" : username.trim();
        if (auth && username.isEmpty()) {
            throw InvalidSettingException.of("problem.export.username");
        }
    }
}
