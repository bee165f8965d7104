package org.outboxdoctor.engine;

import java.util.List;
import java.util.Optional;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.discovery.DiscoveryResult;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.settings.MailSettings;

/**
 * Everything one run found out, in the order the probes ran; the diagnosis reads only this.
 *
 * @param mx the MX lookup of the address's domain
 * @param discovery the provider profile and the outgoing servers the address should use
 * @param checkedHost the host whose ports were checked: the server the user typed, or when that does not
 *     exist, the closest known server; empty when none could be checked
 * @param alternatives the provider's own outgoing server, tried when nothing on the checked host could send
 * @param attachmentBytes the size of the file the user wants to send, -1 when none was given
 * @param delivery whether the test message arrived in the inbox, null when none was sent
 * @param authAttempts how many times the password was sent with SMTP AUTH
 * @param mailboxLogins how many times the password was sent to log in by IMAP or POP3
 * @param publicIp this computer's public address as the internet sees it
 * @param blacklists what each blocklist says about that address
 * @param finished false when the deadline or a cancel stopped probes before they ended
 */
public record CheckEvidence(MailSettings settings, HostResolution server, DnsLookup mx, DiscoveryResult discovery,
                            String checkedHost, List<SmtpPortResult> ports, List<SmtpPortResult> alternatives,
                            List<LoginResult> logins, int connections, int authAttempts, int mailboxLogins,
                            PublicIpResult publicIp, List<DnsblResult> blacklists, long attachmentBytes,
                            Delivery delivery, long elapsedMillis, boolean finished, boolean cancelled) {

    public CheckEvidence {
        ports = List.copyOf(ports);
        alternatives = List.copyOf(alternatives);
        logins = List.copyOf(logins);
        blacklists = List.copyOf(blacklists);
    }

    public Optional<SmtpPortResult> port(int port) {
        return ports.stream().filter(p -> p.port() == port).findFirst();
    }

    /** The checked ports and the alternative together: everything that might send. */
    public List<SmtpPortResult> allPorts() {
        return java.util.stream.Stream.concat(ports.stream(), alternatives.stream()).toList();
    }

    public Optional<SmtpPortResult> usersPort() {
        return ports.stream().filter(SmtpPortResult::usersPort).findFirst();
    }
}
