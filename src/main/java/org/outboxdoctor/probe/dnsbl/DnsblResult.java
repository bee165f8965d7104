package org.outboxdoctor.probe.dnsbl;

import java.util.List;

/**
 * @param answers the A records returned for the address
 * @param meaning what the answer means, in words ("SBL: a known spam source…", "could not check: …")
 * @param reason the list's own TXT explanation, when it gives one
 */
public record DnsblResult(DnsblZone zone, String ip, ListingStatus status, List<String> answers, String meaning,
                          String reason, long millis) {

    public DnsblResult {
        answers = List.copyOf(answers);
    }
}
