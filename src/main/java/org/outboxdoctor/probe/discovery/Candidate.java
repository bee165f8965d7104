package org.outboxdoctor.probe.discovery;

import org.outboxdoctor.settings.Security;

/**
 * An outgoing server somebody says this address should use.
 *
 * @param source where the suggestion comes from: "provider profile", "DNS SRV _submission._tcp", "autoconfig", "spelling"
 * @param note what the user should know about it, or empty
 */
public record Candidate(String host, int port, Security security, String source, String note) {
}
