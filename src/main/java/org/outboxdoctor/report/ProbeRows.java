package org.outboxdoctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.engine.CheckEvidence;
import org.outboxdoctor.engine.ProbeSummary;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** Every probe of a run as one uniform row, for the JSON and text renderers. */
record ProbeRows(String id, String target, String status, long millis, String summary, List<String> transcript) {

    static List<ProbeRows> of(CheckEvidence e) {
        List<ProbeRows> rows = new ArrayList<>();
        HostResolution server = e.server();
        rows.add(new ProbeRows("dns", server.name(), server.outcome().name().toLowerCase(Locale.ROOT),
                server.lookups().stream().mapToLong(DnsLookup::millis).max().orElse(0), ProbeSummary.of(server),
                server.lookups().stream().map(DnsLookup::describe).toList()));
        if (e.mx() != null) {
            DnsLookup mx = e.mx();
            rows.add(new ProbeRows("dns-mx", mx.name(), mx.outcome().name().toLowerCase(Locale.ROOT), mx.millis(),
                    mx.describe(), List.of(mx.describe())));
        }
        for (SmtpPortResult p : e.ports()) {
            rows.add(new ProbeRows(ProbeSummary.id(p), p.host() + ":" + p.port(), ProbeSummary.status(p), p.millis(),
                    ProbeSummary.of(p), p.transcript()));
        }
        if (!e.publicIp().observations().isEmpty()) {
            rows.add(new ProbeRows("public-ip", "", e.publicIp().addresses().isEmpty() ? "unknown" : "found", 0,
                    e.publicIp().addresses().isEmpty() ? "public address not found" : String.join(", ", e.publicIp().addresses()),
                    e.publicIp().observations().stream().map(o -> o.method() + ": "
                            + (o.found() ? o.address() : o.detail())).toList()));
        }
        for (DnsblResult r : e.blacklists()) {
            rows.add(new ProbeRows("dnsbl-" + r.zone().zone(), r.ip(), r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    r.millis(), r.zone().name() + ": " + r.meaning(), r.answers()));
        }
        for (LoginResult l : e.logins()) {
            rows.add(new ProbeRows(ProbeSummary.id(l), l.host() + ":" + l.port(),
                    l.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'), l.millis(), ProbeSummary.of(l), l.transcript()));
        }
        return rows;
    }
}
