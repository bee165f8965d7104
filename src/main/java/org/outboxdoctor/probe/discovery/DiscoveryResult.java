package org.outboxdoctor.probe.discovery;

import java.util.List;
import org.outboxdoctor.probe.login.MailboxRoute;
import org.outboxdoctor.settings.ProviderProfile;

/**
 * Which provider hosts the domain and which outgoing servers the address should use.
 *
 * @param profileReason why this profile: "--profile", "MX under stackmail.com", "no MX answer", "MX unknown"
 * @param candidates outgoing servers, best first, without duplicates
 * @param notes what each source said (found, not found, failed), for the report
 * @param incoming the servers for reading mail the autoconfig files list, in their order
 */
public record DiscoveryResult(ProviderProfile profile, String profileReason, List<Candidate> candidates, List<String> notes,
                              List<MailboxRoute> incoming) {

    public DiscoveryResult {
        candidates = List.copyOf(candidates);
        notes = List.copyOf(notes);
        incoming = incoming == null ? List.of() : List.copyOf(incoming);
    }

    /** A result that knows no server for reading mail. */
    public DiscoveryResult(ProviderProfile profile, String profileReason, List<Candidate> candidates, List<String> notes) {
        this(profile, profileReason, candidates, notes, List.of());
    }

    /** Server names worth suggesting for this domain: discovered ones, then the usual mail. and smtp. names. */
    public List<String> knownHosts(String domain, String typed) {
        java.util.Set<String> hosts = new java.util.LinkedHashSet<>();
        candidates.forEach(c -> hosts.add(c.host()));
        hosts.add("mail." + domain);
        hosts.add("smtp." + domain);
        hosts.remove(typed);
        return List.copyOf(hosts);
    }
}
