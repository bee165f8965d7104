package org.outboxdoctor.report;

import java.util.List;
import java.util.Locale;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.settings.MailSettings;

/**
 * The report as one self-contained HTML page ("Save report…" in the assistant): the same content as
 * {@link TextReport}, the answer first, then the fixes, the evidence, and every probe's transcript in a
 * collapsed section. Every piece of text goes through the redactor and is HTML-escaped; the page loads
 * nothing from elsewhere (no scripts, no external styles or images).
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c2530;background:#f3f5f8;margin:0;padding:2em;line-height:1.45}
            main{max-width:52em;margin:auto;background:#fff;border:1px solid #c9d1da;border-radius:8px;padding:1.5em 2em}
            h1{font-size:1.5em;margin-top:0}
            .verdict{padding:.8em 1em;border-left:.3em solid #4a5663;background:#eef1f5;font-size:1.1em}
            .ok{border-color:#1b7233;background:#e7f4eb}.info{border-color:#1b5fae;background:#e8f0fa}
            .warning{border-color:#845400;background:#fdf3dc}.problem{border-color:#b02a20;background:#fbe9e7}
            .finding{border-left:.3em solid #4a5663;padding:.2em 1em;margin:1em 0}
            .finding h3{margin:.3em 0}.code{font-family:monospace;font-size:.85em;color:#4a5663}
            table{border-collapse:collapse}td,th{text-align:left;padding:.3em 1em .3em 0;vertical-align:top}
            pre{background:#f3f5f8;padding:.6em;overflow-x:auto;font-size:.85em;white-space:pre-wrap}
            summary{cursor:pointer}.muted{color:#4a5663}img.qr{image-rendering:pixelated;border:1px solid #c9d1da}
            """;

    private HtmlReport() {
    }

    /** The whole page. {@code withTranscripts} adds each probe's redacted conversation. */
    public static String render(CheckReport report, boolean withTranscripts) {
        return render(report, withTranscripts, "");
    }

    /**
     * The whole page with a note from the person who ran the check (for example the error message their mail
     * program showed) under the title; the note is redacted and escaped like everything else.
     */
    public static String render(CheckReport report, boolean withTranscripts, String userNote) {
        return render(report, withTranscripts, userNote, null);
    }

    /**
     * The whole page, with the steps for {@code program} first when a way to send was proven ({@code null}: every
     * mail program's steps alike).
     */
    public static String render(CheckReport report, boolean withTranscripts, String userNote, MailProgram program) {
        Page page = new Page(report.redactor());
        CheckEvidence e = report.evidence();
        Diagnosis d = report.diagnosis();
        MailSettings s = e.settings();
        ReportTexts t = ReportTexts.of(report.stamp().locale());

        page.raw("<!DOCTYPE html>\n<html lang=\"").raw(Language.of(t.locale()).code()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.raw("<title>").text(t.format(report.stamp().isPractice() ? "report.title.practice" : "report.title", s.address()))
                .raw("</title>\n");
        page.raw("<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n<main>\n");
        if (report.stamp().isPractice()) {
            page.raw("<p class=\"verdict warning\"><strong>").text(report.stamp().practiceLine()).raw("</strong></p>\n");
        }
        page.raw("<h1>").text(t.format("report.title", s.address())).raw("</h1>\n");
        page.raw("<p class=\"muted\">").text(report.stamp().sentence()).raw("</p>\n");
        page.raw("<p>").text(TextReport.uses(t, s, report.evidence().signedInWithToken())).raw("</p>\n");
        if (userNote != null && !userNote.isBlank()) {
            page.raw("<p>").text(userNote).raw("</p>\n");
        }
        for (String note : s.notes()) {
            page.raw("<p class=\"muted\">").text(t.format("report.note", note)).raw("</p>\n");
        }

        String look = switch (d.verdict()) {
            case CAN_SEND -> "ok";
            case PROBLEM -> "problem";
            case INCOMPLETE -> "warning";
        };
        page.raw("<p class=\"verdict ").raw(look).raw("\"><strong>").text(t.format("report.result")).raw("</strong> ")
                .text(TextReport.result(t, d)).raw("</p>\n");

        d.recommended().ifPresent(r -> recommended(page, t, r));
        SettingsHandOver.of(report).ifPresent(h -> page.raw(HandOverHtml.section(h, program, report.redactor())));

        if (!d.findings().isEmpty()) {
            page.raw("<h2>").text(t.format("report.found")).raw("</h2>\n");
        }
        for (Finding f : d.findings()) {
            finding(page, t, f);
        }

        ProbeRows.incomingSentence(e, t).ifPresent(line -> page.raw("<p class=\"muted\">").text(line).raw("</p>\n"));
        page.raw("<p class=\"muted\">").text(ProbeRows.countsSentence(e, t)).raw("</p>\n");

        if (withTranscripts) {
            page.raw("<h2>").text(t.format("report.details")).raw("</h2>\n");
            for (ProbeRows row : ProbeRows.of(e, d)) {
                page.raw("<details>\n<summary>").text(row.judgement().map(j -> "[" + t.severity(j.severity()) + "] "
                                + j.sentence() + " ").orElse("") + row.heading() + ": " + row.summary())
                        .raw("</summary>\n<pre>");
                lines(page, row.transcript());
                page.raw("</pre>\n</details>\n");
            }
        }
        page.raw("<p class=\"muted\">").text(t.format("report.passwordNever", Redactor.MASK)).raw("</p>\n");
        page.raw("</main>\n</body>\n</html>\n");
        return report.redactor().scrub(page.toString(), Redactor.Output.HTML);
    }

    private static void finding(Page page, ReportTexts t, Finding f) {
        String look = f.severity().word();
        page.raw("<section class=\"finding ").raw(look).raw("\">\n<h3>").text(f.title())
                .raw(" <span class=\"code\">").text("[" + t.severity(f.severity()) + "] " + f.code().name()).raw("</span></h3>\n");
        page.raw("<p class=\"certainty\">").text(t.certainty(f)).raw("</p>\n");
        page.raw("<p>").text(f.detail()).raw("</p>\n");
        if (!f.settle().isEmpty()) {
            page.raw("<p>").text(t.format("report.settle", f.settle())).raw("</p>\n");
        }
        if (!f.fix().isEmpty()) {
            page.raw("<h4>").text(t.format("report.fix")).raw("</h4>\n<ol>\n");
            for (String step : f.fix()) {
                page.raw("<li>").text(step).raw("</li>\n");
            }
            page.raw("</ol>\n");
        }
        if (!f.evidence().isEmpty()) {
            page.raw("<h4>").text(t.format("report.evidence")).raw("</h4>\n<ul>\n");
            for (String line : f.evidence()) {
                page.raw("<li><code>").text(line).raw("</code></li>\n");
            }
            page.raw("</ul>\n");
        }
        page.raw("</section>\n");
    }

    private static void recommended(Page page, ReportTexts t, RecommendedSettings r) {
        page.raw("<h2>").text(t.format(r.proven() ? "report.recommended.proven" : "report.recommended.offered"))
                .raw("</h2>\n<table>\n");
        row(page, t.format("report.recommended.server"), r.server());
        row(page, t.format("report.recommended.port"), Integer.toString(r.port()));
        row(page, t.format("report.recommended.security"), t.security(r.security()));
        row(page, t.format("report.recommended.username"), r.username());
        row(page, t.format("report.recommended.auth"), t.format(r.auth() ? "report.auth.password" : "report.auth.none"));
        page.raw("</table>\n");
    }

    private static void row(Page page, String name, String value) {
        page.raw("<tr><th>").text(name).raw("</th><td><code>").text(value).raw("</code></td></tr>\n");
    }

    private static void lines(Page page, List<String> lines) {
        for (String line : lines) {
            page.text(line).raw("\n");
        }
    }

    /** Escapes text for element content and attribute values alike. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab and line breaks have no business in a report
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Builds the page: {@link #text} redacts and escapes, {@link #raw} is for this class's own markup only. */
    private static final class Page {
        private final StringBuilder html = new StringBuilder(8192);
        private final Redactor redactor;

        Page(Redactor redactor) {
            this.redactor = redactor;
        }

        Page text(String text) {
            html.append(escape(redactor.redact(text)));
            return this;
        }

        Page raw(String markup) {
            html.append(markup);
            return this;
        }

        @Override
        public String toString() {
            return html.toString();
        }
    }
}
