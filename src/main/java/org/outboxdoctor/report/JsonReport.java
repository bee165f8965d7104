package org.outboxdoctor.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.diagnosis.AddressLines;
import org.outboxdoctor.diagnosis.EvidenceLines;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.publicip.IpObservation;
import org.outboxdoctor.settings.MailSettings;

/** The `check --json` object (design.md): stable field names and finding codes for scripts. */
public final class JsonReport {
    public static final int VERSION = 1;

    private JsonReport() {
    }

    public static String render(CheckReport report) {
        return report.redactor().scrub(print(tree(report)), Redactor.Output.JSON);
    }

    /** The report as a JSON object, for commands that add a field of their own (`practice run`). */
    public static JsonObject tree(CheckReport report) {
        Redactor r = report.redactor();
        CheckEvidence e = report.evidence();
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        root.addProperty("verdict", report.diagnosis().verdict().name());
        JsonArray findings = new JsonArray();
        for (Finding f : report.diagnosis().findings()) {
            JsonObject o = new JsonObject();
            o.addProperty("code", f.code().name());
            o.addProperty("severity", f.severity().word());
            o.addProperty("certainty", f.certainty().word());
            o.addProperty("title", r.redact(f.title()));
            o.addProperty("detail", r.redact(f.detail()));
            o.add("evidence", strings(f.evidence(), r));
            o.add("fix", strings(f.fix(), r));
            o.addProperty("settle", r.redact(f.settle()));
            findings.add(o);
        }
        root.add("findings", findings);
        root.add("recommended", report.diagnosis().recommended().map(JsonReport::recommended).orElse(null));
        root.add("current", current(e, r, report.stamp().locale()));
        root.add("provider", provider(e));
        JsonArray probes = new JsonArray();
        for (ProbeRows row : ProbeRows.of(e, report.diagnosis(), report.stamp().locale())) {
            JsonObject o = new JsonObject();
            o.addProperty("id", row.id());
            o.addProperty("target", row.target());
            o.addProperty("status", row.status());
            o.addProperty("millis", row.millis());
            o.addProperty("summary", r.redact(row.summary()));
            o.add("transcript", strings(row.transcript(), r));
            o.addProperty("severity", row.judgement().map(j -> j.severity().word()).orElse(null));
            o.addProperty("said", row.judgement().map(j -> r.redact(j.sentence())).orElse(null));
            row.source().ifPresent(source -> o.addProperty("source", source));
            probes.add(o);
        }
        root.add("probes", probes);
        root.add("incoming", ProbeRows.incoming(e).map(JsonReport::incoming).orElse(null));
        root.add("publicIp", publicIp(e));
        root.add("blacklists", blacklists(e));
        root.addProperty("connections", e.connections());
        root.addProperty("authAttempts", e.authAttempts());
        root.addProperty("mailboxLogins", e.mailboxLogins());
        root.addProperty("elapsedMillis", e.elapsedMillis());
        root.add("generated", generated(report.stamp()));
        return root;
    }

    /** The provider profile the run used and its sign-in policy on the run's date; null when discovery did not run. */
    private static JsonObject provider(CheckEvidence e) {
        if (e.discovery() == null || e.discovery().profile() == null) {
            return null;
        }
        JsonObject o = new JsonObject();
        o.addProperty("id", e.discovery().profile().id());
        o.addProperty("name", e.discovery().profile().name());
        o.addProperty("policy", e.discovery().profile().policyOn(e.checkedOn()).word());
        return o;
    }

    /** When, by which version and on which system the report was made (added in version 1; scripts may ignore it). */
    private static JsonObject generated(ReportStamp stamp) {
        JsonObject o = new JsonObject();
        o.addProperty("at", stamp.isoTime());
        o.addProperty("version", stamp.version());
        o.addProperty("os", stamp.os());
        return o;
    }

    /** Pretty-printed, nulls kept, nothing HTML-escaped: how every report object is printed. */
    public static String print(JsonObject root) {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root);
    }

    private static JsonObject publicIp(CheckEvidence e) {
        JsonObject o = new JsonObject();
        o.addProperty("ipv4", e.publicIp().ipv4().orElse(null));
        o.addProperty("ipv6", e.publicIp().ipv6().orElse(null));
        o.addProperty("given", e.publicIp().given());
        JsonArray seen = new JsonArray();
        // "method" and "detail" stay English in every language, for scripts
        AddressLines english = new AddressLines(new EvidenceLines(Locale.ENGLISH));
        for (IpObservation observation : e.publicIp().observations()) {
            JsonObject s = new JsonObject();
            s.addProperty("method", observation.method());
            s.addProperty("address", observation.address());
            s.addProperty("detail", english.miss(observation));
            seen.add(s);
        }
        o.add("observations", seen);
        return o;
    }

    private static JsonArray blacklists(CheckEvidence e) {
        JsonArray array = new JsonArray();
        // "meaning" stays English in every language: scripts read it (the probe rows' summaries follow --lang)
        EvidenceLines english = new EvidenceLines(Locale.ENGLISH);
        for (DnsblResult r : e.blacklists()) {
            JsonObject o = new JsonObject();
            o.addProperty("zone", r.zone().zone());
            o.addProperty("name", r.zone().name());
            o.addProperty("ip", r.ip());
            o.addProperty("status", r.status().name());
            o.addProperty("meaning", english.listingMeaning(r));
            o.addProperty("reason", r.reason());
            JsonArray answers = new JsonArray();
            r.answers().forEach(answers::add);
            o.add("answers", answers);
            o.addProperty("lookup", r.zone().lookupFor(r.ip()));
            o.addProperty("millis", r.millis());
            array.add(o);
        }
        return array;
    }

    /** The mailbox server the check asked about the password (else the last one tried) and how it was found. */
    private static JsonObject incoming(org.outboxdoctor.probe.login.LoginResult l) {
        JsonObject o = new JsonObject();
        o.addProperty("protocol", l.protocol().toLowerCase(java.util.Locale.ROOT));
        o.addProperty("host", l.host());
        o.addProperty("port", l.port());
        o.addProperty("security", l.security().word());
        o.addProperty("source", l.source().word());
        o.addProperty("outcome", l.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        o.addProperty("passwordSent", l.passwordSent());
        return o;
    }

    private static JsonObject recommended(RecommendedSettings s) {
        JsonObject o = new JsonObject();
        o.addProperty("server", s.server());
        o.addProperty("port", s.port());
        o.addProperty("security", s.security().word());
        o.addProperty("username", s.username());
        o.addProperty("auth", s.auth());
        o.addProperty("proven", s.proven());
        return o;
    }

    private static JsonObject current(CheckEvidence e, Redactor r, java.util.Locale locale) {
        MailSettings s = e.settings();
        JsonObject o = new JsonObject();
        o.addProperty("email", s.address().toString());
        o.addProperty("from", s.from().toString());
        o.addProperty("server", s.server());
        o.addProperty("port", s.port());
        o.addProperty("security", s.security().word());
        o.addProperty("username", r.redact(s.username()));
        o.addProperty("auth", s.auth());
        o.addProperty("signIn", s.auth() ? e.signIn().word() : "none");
        o.add("notes", strings(s.notes().stream().map(n -> n.text(locale)).toList(), r));
        return o;
    }

    private static JsonArray strings(List<String> values, Redactor r) {
        JsonArray array = new JsonArray();
        values.forEach(v -> array.add(r.redact(v)));
        return array;
    }
}
