package org.outboxdoctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outboxdoctor.diagnosis.AddressLines;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.EvidenceLines;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.ProbeSummaries;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/**
 * Every probe of a run as one uniform row, for the JSON, text and HTML renderers, with the diagnosis' judgement
 * of it (empty for a probe the diagnosis does not judge on its own, such as the MX lookup).
 *
 * @param source for a mailbox login, how its server was found (profile, srv, autoconfig, user, guess)
 */
record ProbeRows(String id, String target, String status, long millis, String summary, List<String> transcript,
                 Optional<Judgement> judgement, Optional<String> source) {

    /** A row of a probe that asks a server it did not have to find. */
    ProbeRows(String id, String target, String status, long millis, String summary, List<String> transcript,
              Optional<Judgement> judgement) {
        this(id, target, status, millis, summary, transcript, judgement, Optional.empty());
    }

    /** The rows, their summaries in {@code locale}; ids and statuses stay the stable English codes. */
    static List<ProbeRows> of(CheckEvidence e, Diagnosis d, Locale locale) {
        EvidenceLines lines = new EvidenceLines(locale);
        ProbeSummaries summaries = new ProbeSummaries(lines);
        List<ProbeRows> rows = new ArrayList<>();
        HostResolution server = e.server();
        rows.add(new ProbeRows(ProbeId.SERVER_NAME.key(), server.name(), server.outcome().name().toLowerCase(Locale.ROOT),
                server.lookups().stream().mapToLong(DnsLookup::millis).max().orElse(0), lines.summary(server),
                server.lookups().stream().map(lines::dns).toList(), d.judgementOf(ProbeId.SERVER_NAME)));
        if (e.mx() != null) {
            DnsLookup mx = e.mx();
            rows.add(new ProbeRows(ProbeId.MAIL_EXCHANGER.key(), mx.name(), mx.outcome().name().toLowerCase(Locale.ROOT),
                    mx.millis(), lines.dns(mx), List.of(lines.dns(mx)), Optional.empty()));
        }
        for (SmtpPortResult p : e.ports()) {
            ProbeId id = ProbeId.SmtpPort.of(p);
            rows.add(new ProbeRows(id.key(), p.host() + ":" + p.port(), EvidenceLines.status(p), p.millis(),
                    summaries.port(p), p.transcript(), d.judgementOf(id)));
        }
        if (!e.publicIp().observations().isEmpty()) {
            rows.add(new ProbeRows(ProbeId.PUBLIC_ADDRESS.key(), "", e.publicIp().addresses().isEmpty() ? "unknown" : "found", 0,
                    e.publicIp().addresses().isEmpty() ? summaries.publicAddressMissing() : String.join(", ", e.publicIp().addresses()),
                    e.publicIp().observations().stream().map(new AddressLines(lines)::observation).toList(),
                    d.judgementOf(ProbeId.PUBLIC_ADDRESS)));
        }
        for (DnsblResult r : e.blacklists()) {
            ProbeId id = new ProbeId.BlocklistZone(r.zone().zone(), r.ip());
            rows.add(new ProbeRows(id.key(), r.ip(), r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    r.millis(), lines.listingSummary(r), r.answers(), d.judgementOf(id)));
        }
        for (LoginResult l : e.logins()) {
            ProbeId id = ProbeId.MailboxLogin.of(l);
            rows.add(new ProbeRows(id.key(), l.host() + ":" + l.port(),
                    l.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'), l.millis(),
                    summaries.mailbox(l) + " (" + lines.source(l.source()) + ")", l.transcript(), d.judgementOf(id),
                    Optional.of(l.source().word())));
        }
        return rows;
    }

    /** "smtp-587 (mail.example.com:587, 120 ms)"; a row with no target and no time is just its id. */
    String heading() {
        List<String> parts = new ArrayList<>();
        if (!target.isEmpty()) {
            parts.add(target);
        }
        if (millis > 0 || !target.isEmpty()) {
            parts.add(millis + " ms");
        }
        return id + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /**
     * The mailbox server the check asked about the password (else the last one it tried), in one sentence; empty
     * when it tried none.
     */
    static Optional<String> incomingSentence(CheckEvidence e, ReportTexts t) {
        EvidenceLines lines = new EvidenceLines(t.locale());
        return incoming(e).map(l -> t.format("report.incoming", l.protocol(), l.host(), l.port(), t.security(l.security()),
                lines.source(l.source()), new ProbeSummaries(lines).mailbox(l)));
    }

    /** The login the report shows as the mailbox server: the one that was asked about the password, else the last. */
    static Optional<LoginResult> incoming(CheckEvidence e) {
        List<LoginResult> logins = e.logins();
        return logins.stream().filter(LoginResult::passwordSent).findFirst()
                .or(() -> logins.isEmpty() ? Optional.empty() : Optional.of(logins.get(logins.size() - 1)));
    }

    /** The closing line of the text and HTML reports, each count with its own singular or plural. */
    static String countsSentence(CheckEvidence e, ReportTexts t) {
        return t.counts(e.elapsedMillis(), e.connections(), e.authAttempts(), e.mailboxLogins());
    }
}
