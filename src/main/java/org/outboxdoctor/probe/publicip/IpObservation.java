package org.outboxdoctor.probe.publicip;

/**
 * One way of seeing this computer's public address.
 *
 * @param method "OpenDNS", "Google", "Cloudflare", "EHLO echo on port 587"…
 * @param address the address seen, or empty when the method gave none
 */
public record IpObservation(String method, String address, String detail) {

    public boolean found() {
        return !address.isEmpty();
    }
}
