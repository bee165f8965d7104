package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.probe.publicip.IpObservation;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.settings.Ports;

/**
 * Blocklist answers as findings. A listing of the user's own address matters little when they log in
 * to their provider on 587 or 465, so it is a problem only when no way to send was found.
 */
final class BlacklistRules {
    private BlacklistRules() {
    }

    static void apply(CheckEvidence e, FindingSet f, boolean sendingWorks) {
        List<DnsblResult> listed = only(e, ListingStatus.LISTED);
        List<DnsblResult> policy = only(e, ListingStatus.POLICY_LISTED);
        List<DnsblResult> unchecked = only(e, ListingStatus.UNCHECKED);
        PublicIpResult ip = e.publicIp();
        if (!listed.isEmpty()) {
            List<String> evidence = new ArrayList<>(listed.stream().map(f.lines()::listing).toList());
            evidence.addAll(addressEvidence(ip, f));
            List<String> fix = new ArrayList<>();
            fix.add(f.text("finding.ipBlacklisted.fix.virusScan"));
            for (DnsblResult r : listed) {
                if (!r.zone().lookup().isEmpty()) {
                    fix.add(f.text("finding.ipBlacklisted.fix.askRemoval", r.zone().name(), r.ip(), r.zone().lookupFor(r.ip())));
                }
            }
            if (submissionAnswers(e)) {
                // advice to use 587 or 465 only where this check saw one of them answer
                fix.add(f.text("finding.ipBlacklisted.fix.sendWithLogin"));
            }
            boolean shared = ip.observations().stream().anyMatch(o -> o.address().startsWith("100.64.")) || ip.disagree();
            f.add(FindingCode.IP_BLACKLISTED, listingSeverity(sendingWorks),
                    f.text("finding.ipBlacklisted.title"),
                    shared ? f.text("finding.ipBlacklisted.detail.sharedAddress", listed.get(0).ip(), names(listed))
                            : f.text("finding.ipBlacklisted.detail", listed.get(0).ip(), names(listed)),
                    evidence, fix);
        }
        if (!policy.isEmpty()) {
            boolean noLogin = !e.settings().auth();
            f.add(FindingCode.IP_POLICY_LISTED, noLogin ? Severity.WARNING : Severity.INFO,
                    f.text("finding.ipPolicyListed.title"),
                    noLogin ? f.text("finding.ipPolicyListed.detail.noLogin", names(policy))
                            : f.text("finding.ipPolicyListed.detail", names(policy)),
                    policy.stream().map(f.lines()::listing).toList(),
                    List.of(f.text("finding.ipPolicyListed.fix.nothingToDo")));
        }
        if (!unchecked.isEmpty()) {
            f.add(FindingCode.BLACKLIST_UNCHECKED, Severity.INFO, f.text("finding.blacklistUnchecked.title"),
                    f.text("finding.blacklistUnchecked.detail"),
                    unchecked.stream().map(f.lines()::listing).toList(),
                    List.of(f.text("finding.blacklistUnchecked.fix.lookUp")));
        }
    }

    private static boolean submissionAnswers(CheckEvidence e) {
        return e.allPorts().stream().anyMatch(p -> (p.port() == Ports.SUBMISSION || p.port() == Ports.SUBMISSIONS)
                && p.ready());
    }

    /** A listing matters little while logging in to the provider sends: a warning then, else a problem. */
    static Severity listingSeverity(boolean sendingWorks) {
        return sendingWorks ? Severity.WARNING : Severity.PROBLEM;
    }

    private static List<DnsblResult> only(CheckEvidence e, ListingStatus status) {
        return e.blacklists().stream().filter(r -> r.status() == status).toList();
    }

    private static String names(List<DnsblResult> results) {
        return String.join(", ", results.stream().map(r -> r.zone().name()).distinct().toList());
    }

    private static List<String> addressEvidence(PublicIpResult ip, FindingSet f) {
        return ip.observations().stream().filter(IpObservation::found)
                .map(new AddressLines(f.lines())::seen).toList();
    }
}
