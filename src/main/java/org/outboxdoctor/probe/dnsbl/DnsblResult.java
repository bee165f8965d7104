package org.outboxdoctor.probe.dnsbl;

import java.util.List;

/**
 * What one list said about one address. Its meaning in words ("SBL: a known spam source…", "could not check: …")
 * is the diagnosis' to word, in the reader's language, from these facts and the zone's texts.
 *
 * @param answers the A records returned for the address
 * @param unreadable why the answer could not be read; present exactly when the status is {@link ListingStatus#UNCHECKED}
 * @param reason the list's own TXT explanation, when it gives one
 */
public record DnsblResult(DnsblZone zone, String ip, ListingStatus status, List<String> answers, Unreadable unreadable,
                          String reason, long millis) {

    public DnsblResult {
        answers = List.copyOf(answers);
        if ((status == ListingStatus.UNCHECKED) != (unreadable != null)) {
            throw new IllegalArgumentException("an unchecked result, and only that, says why: " + status + ", " + unreadable);
        }
    }
}
