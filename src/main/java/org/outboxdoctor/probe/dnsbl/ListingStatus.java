package org.outboxdoctor.probe.dnsbl;

/** What a blocklist says about an address. */
public enum ListingStatus {
    NOT_LISTED,
    /** Listed for abuse: mail from this address may be refused. */
    LISTED,
    /** Listed for what kind of address it is (a home connection): normal, and harmless with login on 587/465. */
    POLICY_LISTED,
    /** The list did not give a usable answer (refused, error code, no answer, rewritten by the resolver). */
    UNCHECKED
}
