package org.outboxdoctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Security;

/** The report for people: the answer first, then what to do, then the evidence; redacted, ready for a ticket. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(CheckReport report, boolean withTranscripts) {
        CheckEvidence e = report.evidence();
        Diagnosis d = report.diagnosis();
        MailSettings s = e.settings();
        List<String> out = new ArrayList<>();
        if (report.stamp().isPractice()) {
            out.add(report.stamp().practiceLine());
        }
        out.add("Outbox Doctor: sending check for " + s.address());
        out.add(report.stamp().sentence());
        out.add("Your mail program now uses: " + s.server() + ", port " + s.port() + ", " + securityWord(s.security())
                + ", " + (s.auth() ? "login as " + s.username() + (e.signedInWithToken() ? " with a sign-in token (OAuth)" : "")
                : "no login"));
        if (!s.from().equals(s.address())) {
            out.add("It sends as: " + s.from());
        }
        if (e.discovery() != null && e.discovery().profile() != null) {
            out.add("Provider: " + e.discovery().profile().name() + " (sign-in on " + e.checkedOn() + ": "
                    + e.discovery().profile().policyOn(e.checkedOn()).word() + ")");
        }
        s.notes().forEach(n -> out.add("Note: " + n));
        out.add("");
        out.add("Result: " + switch (d.verdict()) {
            case CAN_SEND -> "your settings work: you can send email.";
            case PROBLEM -> d.top().map(Finding::title).orElse("a problem was found") + ".";
            case INCOMPLETE -> "the check could not finish" + d.top().map(f -> " (" + f.title() + ")").orElse("") + ".";
        });
        int n = 1;
        for (Finding f : d.findings()) {
            out.add("");
            out.add(n++ + ". [" + f.severity().word() + "] " + f.title() + " (" + f.code() + ")");
            out.add("   " + certaintyWords(f));
            out.add("   " + f.detail());
            if (!f.settle().isEmpty()) {
                out.add("   How to be sure: " + f.settle());
            }
            if (!f.fix().isEmpty()) {
                out.add("   What to do:");
                int step = 1;
                for (String fix : f.fix()) {
                    out.add("     " + step++ + ") " + fix);
                }
            }
            if (!f.evidence().isEmpty()) {
                out.add("   What the check saw:");
                f.evidence().forEach(line -> out.add("     - " + line));
            }
        }
        d.recommended().ifPresent(r -> recommended(r, out));
        out.add("");
        ProbeRows.incomingSentence(e).ifPresent(out::add);
        out.add(ProbeRows.countsSentence(e));
        if (withTranscripts) {
            for (ProbeRows row : ProbeRows.of(e, d)) {
                out.add("");
                out.add("--- " + row.heading() + ": " + row.summary());
                row.judgement().ifPresent(j -> out.add("  [" + j.severity().word() + "] " + j.sentence()));
                row.transcript().forEach(line -> out.add("  " + line));
            }
        }
        StringBuilder text = new StringBuilder();
        out.forEach(line -> text.append(report.redactor().redact(line)).append(System.lineSeparator()));
        return report.redactor().scrub(text.toString(), Redactor.Output.TEXT);
    }

    private static void recommended(RecommendedSettings r, List<String> out) {
        out.add("");
        out.add(r.proven() ? "Use these settings (they worked in this check):" : "Try these settings (the server offers them; the login could not be tested):");
        out.add("  Outgoing server (SMTP): " + r.server());
        out.add("  Port:                   " + r.port());
        out.add("  Security:               " + securityWord(r.security()));
        out.add("  User name:              " + r.username());
        out.add("  Authentication:         " + (r.auth() ? "normal password" : "none"));
    }

    /** How sure a finding is, in words for the person reading the ticket. */
    static String certaintyWords(Finding f) {
        return switch (f.certainty()) {
            case PROVEN -> "The check proved this.";
            case LIKELY -> "Most likely, but not proven.";
            case POSSIBLE -> "Possible: one explanation among others.";
        };
    }

    static String securityWord(Security s) {
        return switch (s) {
            case NONE -> "no encryption";
            case STARTTLS -> "STARTTLS";
            case TLS -> "SSL/TLS";
        };
    }
}
