package org.outboxdoctor.probe.dns;

import java.util.List;

/**
 * One DNS question and its answer, as evidence.
 *
 * @param rcode the response code's name ("NOERROR", "NXDOMAIN"…), empty when no response came
 * @param records the answer records in presentation form
 * @param resolver which resolver was asked
 */
public record DnsLookup(String name, String type, DnsOutcome outcome, String rcode, List<String> records,
                        String resolver, long millis, String detail) {

    public DnsLookup {
        records = List.copyOf(records);
    }

    public String describe() {
        return type + " " + name + " → " + switch (outcome) {
            case ANSWER -> String.join(", ", records);
            case NXDOMAIN -> "does not exist (NXDOMAIN)";
            case NODATA -> "no " + type + " record";
            case SERVFAIL -> "the resolver failed (SERVFAIL)";
            case REFUSED -> "refused (" + rcode + ")";
            case CNAME_LOOP -> "aliases in a loop (" + String.join(", ", records) + ")";
            case TIMEOUT -> "no answer from " + resolver + " within " + millis + " ms";
            case ERROR -> "error: " + detail;
        };
    }
}
