package org.outboxdoctor.probe.dns;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * What DNS says about a host name: its addresses (IPv4 first), the aliases followed, and the lookups
 * as evidence.
 */
public record HostResolution(String name, List<InetAddress> addresses, List<String> aliases, List<DnsLookup> lookups) {

    public HostResolution {
        addresses = List.copyOf(addresses);
        aliases = List.copyOf(aliases);
        lookups = List.copyOf(lookups);
    }

    public boolean resolved() {
        return !addresses.isEmpty();
    }

    public Optional<InetAddress> preferred() {
        return addresses.stream().findFirst();
    }

    /** Every lookup says the name does not exist. */
    public boolean nonexistent() {
        return !lookups.isEmpty() && lookups.stream().allMatch(l -> l.outcome() == DnsOutcome.NXDOMAIN);
    }

    public boolean timedOut() {
        return !resolved() && lookups.stream().anyMatch(l -> l.outcome() == DnsOutcome.TIMEOUT);
    }

    /** The outcome that best explains the result: an answer, or the most telling failure. */
    public DnsOutcome outcome() {
        if (resolved()) {
            return DnsOutcome.ANSWER;
        }
        if (nonexistent()) {
            return DnsOutcome.NXDOMAIN;
        }
        for (DnsOutcome o : new DnsOutcome[] {DnsOutcome.TIMEOUT, DnsOutcome.SERVFAIL, DnsOutcome.REFUSED,
                DnsOutcome.CNAME_LOOP, DnsOutcome.ERROR}) {
            if (lookups.stream().anyMatch(l -> l.outcome() == o)) {
                return o;
            }
        }
        return DnsOutcome.NODATA;
    }
}
