package org.outboxdoctor.diagnosis;

import org.outboxdoctor.probe.publicip.IpObservation;

/**
 * How this computer's public address was seen, in the reader's language: "OpenDNS: 203.0.113.7", "the address you
 * gave: 203.0.113.7", or why a service gave none. Service names and DNS answers stay as they are.
 */
public final class AddressLines {
    private final EvidenceLines lines;

    public AddressLines(EvidenceLines lines) {
        this.lines = lines;
    }

    /** The way the address was seen: the service's name, "the address you gave", "the EHLO reply on port 587". */
    public String way(IpObservation o) {
        return switch (o.source()) {
            case SERVICE -> o.service();
            case GIVEN -> lines.text("evidence.publicIp.given");
            case EHLO -> lines.text("evidence.publicIp.ehlo", o.port());
        };
    }

    /** What one way saw: its address, or why it saw none. */
    public String observation(IpObservation o) {
        return lines.text("evidence.publicIp.seen", way(o), o.found() ? o.address() : miss(o));
    }

    /** A found address as evidence: "public address seen by OpenDNS: 203.0.113.7". */
    public String seen(IpObservation o) {
        return switch (o.source()) {
            case SERVICE -> lines.text("evidence.publicAddressSeen", o.service(), o.address());
            case GIVEN -> lines.text("evidence.publicAddressGiven", o.address());
            case EHLO -> lines.text("evidence.publicAddressEhlo", o.port(), o.address());
        };
    }

    /** Why a way saw no address; empty when it saw one. */
    public String miss(IpObservation o) {
        return switch (o.miss()) {
            case NONE -> "";
            case UNREACHABLE -> lines.text("evidence.publicIp.unreachable", o.detail());
            case NO_ANSWER -> lines.dns(o.lookup());
            case NO_ADDRESS -> lines.text("evidence.publicIp.noAddress", String.join(" ", o.lookup().records()));
        };
    }
}
