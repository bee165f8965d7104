package org.outboxdoctor.probe.publicip;

import java.util.Objects;
import org.outboxdoctor.probe.dns.DnsLookup;

/**
 * One way of seeing this computer's public address, kept as facts: the diagnosis words it in the reader's language.
 *
 * @param service the "what is my address" service asked ("OpenDNS", "Google", "Cloudflare"...); empty for the others
 * @param port the SMTP port whose EHLO reply repeated the address; 0 for the others
 * @param address the address seen, or empty when the method gave none
 * @param miss why no address was seen; {@link Miss#NONE} when one was
 * @param detail for {@link Miss#UNREACHABLE}, the error's own words
 * @param lookup the service's DNS answer, for {@link Miss#NO_ANSWER} and {@link Miss#NO_ADDRESS}
 */
public record IpObservation(Source source, String service, int port, String address, Miss miss, String detail,
                            DnsLookup lookup) {

    /** How the address was seen. */
    public enum Source { SERVICE, GIVEN, EHLO }

    /** Why a way gave no address. */
    public enum Miss {
        NONE,
        /** The service's server could not be found or asked. */
        UNREACHABLE,
        /** The service did not answer the question (timeout, refused, no record...). */
        NO_ANSWER,
        /** The service answered, but with no address in it. */
        NO_ADDRESS
    }

    public IpObservation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(miss, "miss");
        service = service == null ? "" : service;
        address = address == null ? "" : address;
        detail = detail == null ? "" : detail;
    }

    /** A service that saw {@code address}. */
    public static IpObservation service(String service, String address) {
        return new IpObservation(Source.SERVICE, service, 0, address, Miss.NONE, "", null);
    }

    /** A service that gave no address. */
    public static IpObservation missed(String service, Miss miss, String detail, DnsLookup lookup) {
        return new IpObservation(Source.SERVICE, service, 0, "", miss, detail, lookup);
    }

    /** The address the user gave (--public-ip). */
    public static IpObservation given(String address) {
        return new IpObservation(Source.GIVEN, "", 0, address, Miss.NONE, "", null);
    }

    /** The address a server repeated in its EHLO reply on {@code port}. */
    public static IpObservation ehlo(int port, String address) {
        return new IpObservation(Source.EHLO, "", port, address, Miss.NONE, "", null);
    }

    public boolean found() {
        return !address.isEmpty();
    }

    /** The way as a stable name for scripts: the service's name, "given", or "EHLO reply on port 587". */
    public String method() {
        return switch (source) {
            case SERVICE -> service;
            case GIVEN -> "given";
            case EHLO -> "EHLO reply on port " + port;
        };
    }
}
