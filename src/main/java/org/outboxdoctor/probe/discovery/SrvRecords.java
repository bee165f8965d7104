package org.outboxdoctor.probe.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.settings.HostName;

/** The targets of a DNS SRV answer (RFC 2782), best priority first; target "." means "not offered" (RFC 6186). */
public final class SrvRecords {
    private SrvRecords() {
    }

    /** @param host empty when the domain says the service is not offered */
    public record Target(int priority, int port, String host) {
        public boolean offered() {
            return !host.isEmpty();
        }
    }

    /** The records of an answer, best first; a record that does not parse, or names no valid host, says nothing. */
    public static List<Target> of(DnsLookup lookup) {
        if (lookup == null || lookup.outcome() != DnsOutcome.ANSWER) {
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        for (String record : lookup.records()) {
            String[] parts = record.trim().split("\\s+");
            if (parts.length != 4) {
                continue;
            }
            try {
                int priority = Integer.parseInt(parts[0]);
                int port = Integer.parseInt(parts[2]);
                String host = strip(parts[3]);
                if (host.isEmpty() || (HostName.isValid(host) && port > 0 && port < 65536)) {
                    targets.add(new Target(priority, port, host));
                }
            } catch (NumberFormatException e) {
                // a record that does not parse says nothing
            }
        }
        targets.sort(Comparator.comparingInt(Target::priority));
        return targets;
    }

    /** What the lookup said, for the report's discovery notes. */
    public static String note(DnsLookup lookup, List<Target> targets) {
        if (lookup.outcome() != DnsOutcome.ANSWER) {
            return "DNS SRV " + lookup.name() + ": " + (lookup.outcome() == DnsOutcome.NXDOMAIN ? "none" : lookup.describe());
        }
        List<String> parts = new ArrayList<>();
        for (Target t : targets) {
            parts.add(t.offered() ? t.host() + " port " + t.port() : "the domain says this service is not offered");
        }
        return "DNS SRV " + lookup.name() + ": " + (parts.isEmpty() ? "no usable record" : String.join(", ", parts));
    }

    static String strip(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
