package org.outboxdoctor.probe.dnsbl;

import java.util.List;
import java.util.Map;

/**
 * One DNS blocklist and how to read its answers.
 *
 * @param lookup the page where a person can look up (and ask to remove) an address; "{ip}" is replaced
 * @param codes what each answer address means, where the list documents it
 * @param policyCodes answers that describe the kind of address, not abuse ("*": every answer)
 */
public record DnsblZone(String zone, String name, String why, String lookup, Map<String, String> codes,
                        List<String> policyCodes) {

    public DnsblZone {
        codes = codes == null ? Map.of() : Map.copyOf(codes);
        policyCodes = policyCodes == null ? List.of() : List.copyOf(policyCodes);
        lookup = lookup == null ? "" : lookup;
        why = why == null ? "" : why;
    }

    /** A zone given on the command line that the catalog does not know. */
    public static DnsblZone unknown(String zone) {
        return new DnsblZone(zone, zone, "", "", Map.of(), List.of());
    }

    public boolean isPolicy(String answer) {
        return policyCodes.contains("*") || policyCodes.contains(answer);
    }

    public String lookupFor(String ip) {
        return lookup.replace("{ip}", ip);
    }
}
