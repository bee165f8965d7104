package org.outboxdoctor.engine;

import java.util.List;
import java.util.Optional;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.settings.MailSettings;

/**
 * Everything one run found out, in the order the probes ran; the diagnosis reads only this.
 *
 * @param mx the MX lookup of the address's domain
 * @param authAttempts how many times the password was sent with SMTP AUTH
 * @param mailboxLogins how many times the password was sent to log in by IMAP or POP3
 * @param publicIp this computer's public address as the internet sees it
 * @param blacklists what each blocklist says about that address
 * @param finished false when the deadline or a cancel stopped probes before they ended
 */
public record CheckEvidence(MailSettings settings, HostResolution server, DnsLookup mx, List<SmtpPortResult> ports,
                            List<LoginResult> logins, int connections, int authAttempts, int mailboxLogins,
                            PublicIpResult publicIp, List<DnsblResult> blacklists,
                            long elapsedMillis, boolean finished, boolean cancelled) {

    public CheckEvidence {
        ports = List.copyOf(ports);
        logins = List.copyOf(logins);
        blacklists = List.copyOf(blacklists);
    }

    public Optional<SmtpPortResult> port(int port) {
        return ports.stream().filter(p -> p.port() == port).findFirst();
    }

    public Optional<SmtpPortResult> usersPort() {
        return ports.stream().filter(SmtpPortResult::usersPort).findFirst();
    }
}
