package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.outboxdoctor.engine.CheckEvidence;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.probe.publicip.IpObservation;
import org.outboxdoctor.probe.publicip.PublicIpResult;

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
            List<String> evidence = new ArrayList<>(listed.stream().map(BlacklistRules::line).toList());
            evidence.addAll(addressEvidence(ip));
            List<String> fix = new ArrayList<>();
            fix.add("Make sure no computer or device on your network is infected: run a full virus scan.");
            for (DnsblResult r : listed) {
                if (!r.zone().lookup().isEmpty()) {
                    fix.add("Ask " + r.zone().name() + " to remove " + r.ip() + ": " + r.zone().lookupFor(r.ip()));
                }
            }
            fix.add("Until then, send through your provider on port 587 or 465 with login: most providers accept that.");
            String shared = ip.observations().stream().anyMatch(o -> o.address().startsWith("100.64.")) || ip.disagree()
                    ? " Your connection may share its address with other customers, so the listing may come from someone else." : "";
            f.add(FindingCode.IP_BLACKLISTED, sendingWorks ? Severity.WARNING : Severity.PROBLEM,
                    "Your internet address is on a spam blocklist",
                    "Your public address " + listed.get(0).ip() + " is listed by " + names(listed)
                            + ". Servers that check these lists may refuse mail from it." + shared,
                    evidence, fix);
        }
        if (!policy.isEmpty()) {
            boolean noLogin = !e.settings().auth();
            f.add(FindingCode.IP_POLICY_LISTED, noLogin ? Severity.WARNING : Severity.INFO,
                    "Your address is listed as a home connection",
                    "Lists such as " + names(policy) + " record home and mobile connections. That is normal and says "
                            + "nothing bad about you; it only matters for mail sent without logging in."
                            + (noLogin ? " Your mail program sends without logging in, so turn the login on." : ""),
                    policy.stream().map(BlacklistRules::line).toList(),
                    List.of("Nothing to do as long as your mail program logs in and uses port 587 or 465."));
        }
        if (!unchecked.isEmpty()) {
            f.add(FindingCode.BLACKLIST_UNCHECKED, Severity.INFO, "Some blocklists could not be checked",
                    "These lists did not give a usable answer, so nothing is known about them. This is common when "
                            + "the question goes through a public or shared DNS server.",
                    unchecked.stream().map(BlacklistRules::line).toList(),
                    List.of("If a server refuses your mail and names a blocklist, look your address up on that list's website."));
        }
    }

    private static List<DnsblResult> only(CheckEvidence e, ListingStatus status) {
        return e.blacklists().stream().filter(r -> r.status() == status).toList();
    }

    private static String names(List<DnsblResult> results) {
        return String.join(", ", results.stream().map(r -> r.zone().name()).distinct().toList());
    }

    private static String line(DnsblResult r) {
        return r.zone().zone() + ": " + r.ip() + " → " + r.meaning() + (r.reason().isEmpty() ? "" : " (" + r.reason() + ")");
    }

    private static List<String> addressEvidence(PublicIpResult ip) {
        return ip.observations().stream().filter(IpObservation::found)
                .map(o -> "public address seen by " + o.method() + ": " + o.address()).toList();
    }
}
