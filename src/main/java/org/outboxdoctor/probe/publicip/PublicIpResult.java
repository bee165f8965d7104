package org.outboxdoctor.probe.publicip;

import java.util.List;
import java.util.Optional;

/**
 * This computer's public addresses as the internet sees them.
 *
 * @param given true when the address was given (--public-ip), not discovered
 */
public record PublicIpResult(Optional<String> ipv4, Optional<String> ipv6, List<IpObservation> observations, boolean given) {

    public PublicIpResult {
        observations = List.copyOf(observations);
    }

    public static PublicIpResult none() {
        return new PublicIpResult(Optional.empty(), Optional.empty(), List.of(), false);
    }

    public static PublicIpResult given(String ip) {
        boolean v6 = ip.contains(":");
        return new PublicIpResult(v6 ? Optional.empty() : Optional.of(ip), v6 ? Optional.of(ip) : Optional.empty(),
                List.of(IpObservation.given(ip)), true);
    }

    /** The addresses to check against blocklists. */
    public List<String> addresses() {
        return java.util.stream.Stream.concat(ipv4.stream(), ipv6.stream()).toList();
    }

    /** Different methods saw different IPv4 addresses (a proxy, carrier-grade NAT or DNS redirection). */
    public boolean disagree() {
        return observations.stream().filter(IpObservation::found).map(IpObservation::address)
                .filter(a -> !a.contains(":")).distinct().count() > 1;
    }

    public PublicIpResult with(IpObservation more) {
        List<IpObservation> all = new java.util.ArrayList<>(observations);
        all.add(more);
        Optional<String> v4 = ipv4.or(() -> more.found() && !more.address().contains(":") ? Optional.of(more.address()) : Optional.empty());
        Optional<String> v6 = ipv6.or(() -> more.found() && more.address().contains(":") ? Optional.of(more.address()) : Optional.empty());
        return new PublicIpResult(v4, v6, all, given);
    }
}
