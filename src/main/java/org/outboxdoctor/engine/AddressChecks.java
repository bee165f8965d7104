package org.outboxdoctor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.dnsbl.DnsblCatalog;
import org.outboxdoctor.probe.dnsbl.DnsblProbe;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.probe.publicip.IpObservation;
import org.outboxdoctor.probe.publicip.PublicIpProbe;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** This computer's public address, found beside the mail checks, and what the blocklists say about it. */
final class AddressChecks {
    private AddressChecks() {
    }

    static PublicIpResult publicIp(CheckOptions options, DnsProbe dns, Deadline deadline, ProgressListener progress) {
        if (options.publicIp().isPresent()) {
            return PublicIpResult.given(options.publicIp().get());
        }
        progress.onProgress(new ProgressEvent.Started(ProbeId.PUBLIC_ADDRESS));
        PublicIpResult result = new PublicIpProbe(dns, options.whoamiDns(), options.dnsTimeout()).find(deadline);
        progress.onProgress(new ProgressEvent.PublicAddressFound(result));
        return result;
    }

    static List<DnsblResult> blacklists(List<String> addresses, CheckOptions options, DnsProbe dns, Deadline deadline,
                                                ProgressListener progress) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        progress.onProgress(new ProgressEvent.Started(ProbeId.BLOCKLISTS));
        DnsblCatalog catalog = DnsblCatalog.load();
        List<DnsblZone> zones = options.dnsblZones().map(catalog::select).orElse(catalog.defaults());
        DnsblProbe probe = new DnsblProbe(dns);
        List<DnsblResult> results = new ArrayList<>();
        for (String address : addresses) {
            results.addAll(probe.check(address, zones, deadline));
        }
        progress.onProgress(new ProgressEvent.BlocklistsAsked(results));
        return results;
    }

    /** Servers that repeat the client's address in EHLO are a second witness of the public address. */
    static PublicIpResult withEhloEcho(PublicIpResult ip, List<SmtpPortResult> ports) {
        PublicIpResult result = ip;
        for (SmtpPortResult p : ports) {
            if (p.capabilities() != null && !ip.given()) {
                Optional<String> echoed = PublicIpProbe.fromEhlo(p.capabilities().greetingLine());
                if (echoed.isPresent()) {
                    result = result.with(IpObservation.ehlo(p.port(), echoed.get()));
                    break;
                }
            }
        }
        return result;
    }
}
