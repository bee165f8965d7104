package org.outboxdoctor.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.outboxdoctor.export.HandOver;
import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.export.SetupSteps;
import org.outboxdoctor.export.ThunderbirdAndroidQr;
import org.outboxdoctor.probe.Redactor;

/**
 * The HTML report's "Set up your mail program" section, shown when a way to send was proven: the steps for the
 * program the user chose (every program when none was chosen, the others folded away when one was), and the QR code
 * Thunderbird for Android scans, embedded as a {@code data:} PNG so the page still loads nothing from elsewhere.
 * Neither holds a password: the mail program asks for it.
 */
final class HandOverHtml {

    static final String QR_ALT = "QR code with these settings for Thunderbird for Android (no password in it)";

    private HandOverHtml() {
    }

    /** @param chosen the user's mail program, null for "I don't know" */
    static String section(HandOver handOver, MailProgram chosen, Redactor redactor) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<h2 id=\"hand-over\">Set up your mail program</h2>\n");
        List<MailProgram> others = new ArrayList<>(List.of(MailProgram.values()));
        if (chosen != null) {
            others.remove(chosen);
            program(html, chosen, handOver, redactor);
            html.append("<details>\n<summary>Other mail programs</summary>\n");
        }
        for (MailProgram program : others) {
            program(html, program, handOver, redactor);
        }
        if (chosen != null) {
            html.append("</details>\n");
        }
        if (handOver.incoming().isPresent()) {
            String png = Base64.getEncoder().encodeToString(ThunderbirdAndroidQr.png(handOver));
            html.append("<h3>").append(text(MailProgram.THUNDERBIRD_ANDROID.title(), redactor)).append(": scan this code</h3>\n")
                    .append("<p><img class=\"qr\" width=\"240\" height=\"240\" alt=\"").append(text(QR_ALT, redactor))
                    .append("\" src=\"data:image/png;base64,").append(png).append("\"></p>\n");
        }
        return html.toString();
    }

    private static void program(StringBuilder html, MailProgram program, HandOver handOver, Redactor redactor) {
        html.append("<h3>").append(text(program.title(), redactor)).append("</h3>\n<ol class=\"steps\">\n");
        for (String step : SetupSteps.steps(program, handOver)) {
            html.append("<li>").append(text(step, redactor)).append("</li>\n");
        }
        html.append("</ol>\n");
    }

    private static String text(String text, Redactor redactor) {
        return HtmlReport.escape(redactor.redact(text));
    }
}
