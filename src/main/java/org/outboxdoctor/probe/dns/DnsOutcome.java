package org.outboxdoctor.probe.dns;

/** How a DNS question ended. */
public enum DnsOutcome {
    ANSWER,
    /** The name does not exist (rcode NXDOMAIN). */
    NXDOMAIN,
    /** The name exists but has no record of the asked type. */
    NODATA,
    /** The resolver failed to get an answer (rcode SERVFAIL). */
    SERVFAIL,
    /** The resolver refused or gave another error rcode. */
    REFUSED,
    /** No answer within the time allowed. */
    TIMEOUT,
    /** The name's aliases (CNAME) lead back to a name already followed, so they never reach a record. */
    CNAME_LOOP,
    /** The answer could not be read, or the network failed. */
    ERROR;

    public boolean definitive() {
        return this == ANSWER || this == NXDOMAIN || this == NODATA;
    }
}
