package org.outboxdoctor.evidence;

import java.util.List;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** A probe started, or finished with its typed result; sent from the probes' own threads. */
public sealed interface ProgressEvent {

    ProbeId probe();

    /** A probe began: a display can show it running. */
    record Started(ProbeId probe) implements ProgressEvent {
    }

    /** The outgoing server's name was looked up. */
    record ServerNameFound(HostResolution server) implements ProgressEvent {
        @Override
        public ProbeId probe() {
            return ProbeId.SERVER_NAME;
        }
    }

    /** One SMTP port was checked. */
    record PortChecked(SmtpPortResult result) implements ProgressEvent {
        @Override
        public ProbeId probe() {
            return ProbeId.SmtpPort.of(result);
        }
    }

    /** One mailbox login was tried. */
    record MailboxChecked(LoginResult result) implements ProgressEvent {
        @Override
        public ProbeId probe() {
            return ProbeId.MailboxLogin.of(result);
        }
    }

    /** The public address was looked for. */
    record PublicAddressFound(PublicIpResult result) implements ProgressEvent {
        /** The addresses found, IPv4 first; empty when none was. */
        public List<String> addresses() {
            return result.addresses();
        }

        @Override
        public ProbeId probe() {
            return ProbeId.PUBLIC_ADDRESS;
        }
    }

    /** Every blocklist answered (or did not in time). */
    record BlocklistsAsked(List<DnsblResult> results) implements ProgressEvent {
        public BlocklistsAsked {
            results = List.copyOf(results);
        }

        @Override
        public ProbeId probe() {
            return ProbeId.BLOCKLISTS;
        }
    }
}
