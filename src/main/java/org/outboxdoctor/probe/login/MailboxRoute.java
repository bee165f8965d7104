package org.outboxdoctor.probe.login;

import org.outboxdoctor.settings.Security;

/**
 * One server somebody says reads this address's mail, and who says so.
 *
 * @param where what said so, for the report: "DNS SRV _imaps._tcp.example.com", "autoconfig autoconfig.example.com"
 */
public record MailboxRoute(MailboxProtocol protocol, String host, int port, Security security, MailboxSource source,
                           String where) {

    /** Host and port, as one key: the same server is asked once. */
    public String key() {
        return host.toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }
}
