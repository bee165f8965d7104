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

/** The report for people: the answer first, then what to do, then the evidence; redacted, ready for a ticket. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(CheckReport report, boolean withTranscripts) {
        CheckEvidence e = report.evidence();
        Diagnosis d = report.diagnosis();
        MailSettings s = e.settings();
        ReportTexts t = ReportTexts.of(report.stamp().locale());
        List<String> out = new ArrayList<>();
        if (report.stamp().isPractice()) {
            out.add(report.stamp().practiceLine());
        }
        out.add(t.format("report.title", s.address()));
        out.add(report.stamp().sentence());
        out.add(uses(t, s, e.signedInWithToken()));
        if (!s.from().equals(s.address())) {
            out.add(t.format("report.sendsAs", s.from()));
        }
        if (e.discovery() != null && e.discovery().profile() != null) {
            out.add(t.format("report.provider", e.discovery().profile().name(), e.checkedOn(),
                    t.policy(e.discovery().profile().policyOn(e.checkedOn()))));
        }
        s.notes().forEach(n -> out.add(t.format("report.note", n)));
        out.add("");
        out.add(t.format("report.result") + " " + result(t, d));
        int n = 1;
        for (Finding f : d.findings()) {
            out.add("");
            out.add(n++ + ". [" + t.severity(f.severity()) + "] " + f.title() + " (" + f.code() + ")");
            out.add("   " + t.certainty(f));
            out.add("   " + f.detail());
            if (!f.settle().isEmpty()) {
                out.add("   " + t.format("report.settle", f.settle()));
            }
            if (!f.fix().isEmpty()) {
                out.add("   " + t.format("report.fix") + ":");
                int step = 1;
                for (String fix : f.fix()) {
                    out.add("     " + step++ + ") " + fix);
                }
            }
            if (!f.evidence().isEmpty()) {
                out.add("   " + t.format("report.evidence") + ":");
                f.evidence().forEach(line -> out.add("     - " + line));
            }
        }
        d.recommended().ifPresent(r -> recommended(t, r, out));
        out.add("");
        ProbeRows.incomingSentence(e, t).ifPresent(out::add);
        out.add(ProbeRows.countsSentence(e, t));
        if (withTranscripts) {
            for (ProbeRows row : ProbeRows.of(e, d)) {
                out.add("");
                out.add("--- " + row.heading() + ": " + row.summary());
                row.judgement().ifPresent(j -> out.add("  [" + t.severity(j.severity()) + "] " + j.sentence()));
                row.transcript().forEach(line -> out.add("  " + line));
            }
        }
        StringBuilder text = new StringBuilder();
        out.forEach(line -> text.append(report.redactor().redact(line)).append(System.lineSeparator()));
        return report.redactor().scrub(text.toString(), Redactor.Output.TEXT);
    }

    /** "Your mail program now uses: server, port 587, STARTTLS, login as name". */
    static String uses(ReportTexts t, MailSettings s, boolean token) {
        return t.format("report.uses", s.server(), s.port(), t.security(s.security()), !s.auth()
                ? t.format("report.login.none") : t.format(token ? "report.login.asWithToken" : "report.login.as", s.username()));
    }

    /** The answer after "Result:". */
    static String result(ReportTexts t, Diagnosis d) {
        return switch (d.verdict()) {
            case CAN_SEND -> t.format("report.result.canSend");
            case PROBLEM -> d.top().map(f -> t.format("report.result.problem", f.title()))
                    .orElse(t.format("report.result.problemUnknown"));
            case INCOMPLETE -> d.top().map(f -> t.format("report.result.incompleteBecause", f.title()))
                    .orElse(t.format("report.result.incomplete"));
        };
    }

    private static void recommended(ReportTexts t, RecommendedSettings r, List<String> out) {
        out.add("");
        out.add(t.format(r.proven() ? "report.recommended.proven" : "report.recommended.offered") + ":");
        List<String[]> rows = List.of(
                new String[] {t.format("report.recommended.server"), r.server()},
                new String[] {t.format("report.recommended.port"), Integer.toString(r.port())},
                new String[] {t.format("report.recommended.security"), t.security(r.security())},
                new String[] {t.format("report.recommended.username"), r.username()},
                new String[] {t.format("report.recommended.auth"),
                        t.format(r.auth() ? "report.auth.password" : "report.auth.none")});
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0) + 1;
        rows.forEach(row -> out.add("  " + String.format(Locale.ROOT, "%-" + width + "s ", row[0] + ":") + row[1]));
    }
}
