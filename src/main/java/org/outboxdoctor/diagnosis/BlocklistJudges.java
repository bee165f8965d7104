package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** Judgements of this computer's public address: how it was found, and what each blocklist says about it. */
final class BlocklistJudges {
    private BlocklistJudges() {
    }

    static List<Judgement> judge(CheckEvidence e, FindingSet f, ProbeWords places) {
        List<Judgement> judgements = new ArrayList<>();
        PublicIpResult ip = e.publicIp();
        List<String> seen = ip.observations().stream().map(new AddressLines(f.lines())::observation).toList();
        if (ip.addresses().isEmpty()) {
            judgements.add(new Judgement("public-ip", ProbeId.PUBLIC_ADDRESS, Aspect.PUBLIC_ADDRESS, Severity.UNKNOWN,
                    places.publicAddress(ip.addresses()), seen, List.of(), ""));
            return judgements;
        }
        judgements.add(new Judgement("public-ip", ProbeId.PUBLIC_ADDRESS, Aspect.PUBLIC_ADDRESS, Severity.INFO,
                places.publicAddress(ip.addresses()), seen, List.of(), ""));
        if (e.blacklists().isEmpty()) {
            judgements.add(new Judgement("dnsbl", ProbeId.BLOCKLISTS, Aspect.LISTING, Severity.UNKNOWN,
                    f.text("judgement.dnsbl.none"), List.of(), List.of(), ""));
        }
        boolean severalAddresses = e.blacklists().stream().map(DnsblResult::ip).distinct().count() > 1;
        boolean sendingWorks = e.allPorts().stream().anyMatch(SmtpPortResult::canSend);
        for (DnsblResult b : e.blacklists()) {
            String list = places.list(b.zone().name(), b.ip(), severalAddresses);
            Severity severity = switch (b.status()) {
                case NOT_LISTED -> Severity.OK;
                case LISTED -> BlacklistRules.listingSeverity(sendingWorks);
                case POLICY_LISTED -> Severity.INFO;
                default -> Severity.UNKNOWN;
            };
            String sentence = switch (b.status()) {
                case NOT_LISTED -> f.text("judgement.dnsbl.notListed", list);
                case LISTED -> f.text("judgement.dnsbl.listed", list);
                case POLICY_LISTED -> f.text("judgement.dnsbl.policy", list);
                default -> f.text("judgement.dnsbl.unchecked", list);
            };
            String link = b.status() == ListingStatus.LISTED && !b.zone().lookup().isEmpty() ? b.zone().lookupFor(b.ip()) : "";
            // a key fit for a node id: "dnsbl-bl_spamcop_net-127_0_0_2"
            String key = "dnsbl-" + (b.zone().zone() + "-" + b.ip()).replaceAll("[^A-Za-z0-9-]", "_");
            judgements.add(new Judgement(key, new ProbeId.BlocklistZone(b.zone().zone(), b.ip()), Aspect.LISTING, severity,
                    sentence, f.lines().listingFacts(b), List.of(), link));
        }
        return judgements;
    }
}
