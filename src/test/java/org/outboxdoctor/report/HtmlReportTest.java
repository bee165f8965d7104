package org.outboxdoctor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.Diagnoser;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.diagnosis.Severity;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxSource;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.probe.discovery.DiscoveryResult;
import org.outboxdoctor.probe.publicip.PublicIpResult;

class HtmlReportTest {

    private static final String PASSWORD = "s3cret<&>\"pw";

    @Test
    void everyTextIsEscapedAndNothingRunsOrLoads() throws Exception {
        String html = render(true);

        assertFalse(html.contains("<script"), html);
        // the only image is the hand-over's QR code, inline: the page loads nothing from elsewhere
        assertFalse(Pattern.compile("<img(?![^>]*src=\"data:image/png;base64,[A-Za-z0-9+/=]+\")").matcher(html).find(), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "finding title escaped");
        assertTrue(html.contains("Relay &amp; &quot;friends&quot;"), "evidence escaped");
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=(?!\"data:image/png;base64,)").matcher(html).find(), "no external resources or links");
        assertFalse(Pattern.compile("(?i)\\son[a-z]+\\s*=").matcher(html).find(), "no event handlers");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
    }

    @Test
    void tagsAreBalanced() throws Exception {
        String html = render(true);
        for (String tag : List.of("html", "head", "body", "main", "section", "details", "pre", "ol", "ul", "table", "h1", "h2", "h3", "p", "li")) {
            assertEquals(count(html, "<" + tag + "[ >]"), count(html, "</" + tag + ">"), "balanced <" + tag + ">");
        }
    }

    @Test
    void thePasswordAndItsBase64FormsNeverAppear() throws Exception {
        String html = render(true);
        String plainB64 = Base64.getEncoder().encodeToString(("\0alice@example.test\0" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String form : List.of(PASSWORD, HtmlReport.escape(PASSWORD), plainB64, "s3cret")) {
            assertFalse(html.contains(form), "leaks " + form);
        }
        assertTrue(html.contains("AUTH PLAIN " + Redactor.MASK), "the transcript shows where the password went");
    }

    @Test
    void carriesTheSameAnswerAsTheTextReport() throws Exception {
        String html = render(false);
        assertTrue(html.contains("PORT_BLOCKED"));
        assertTrue(html.contains("CAN_SEND"));
        assertTrue(html.contains("Port 25 is blocked between you and the server"));
        assertTrue(html.contains("<li>Change the outgoing port in your mail program to 587.</li>"));
        assertTrue(html.contains("<code>587</code>"), "recommended port");
        assertTrue(html.contains("<code>STARTTLS</code>"), "recommended security");
        assertFalse(html.contains("<details>"), "no transcripts unless asked");
        assertTrue(render(true).contains("<details>"));
    }

    @Test
    void escapeReplacesControlCharacters() {
        assertEquals("a\uFFFDb\tc\nd", HtmlReport.escape("a\u0007b\tc\nd"));
        assertEquals("", HtmlReport.escape(null));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void bothReportsSayWhichMailboxServerWasAskedAndHowItWasFound() throws Exception {
        String sentence = "Mailbox server: IMAP post.example.test, port 993 (SSL/TLS), found by DNS SRV: IMAP login accepted.";
        assertTrue(render(false).contains(sentence), "HTML");
        try (Secret secret = Secret.of(PASSWORD.toCharArray())) {
            String text = TextReport.render(new CheckReport(evidence(), diagnosis(), new Redactor(secret)), false);
            assertTrue(text.contains(sentence), text);
        }
    }

    private static String render(boolean transcripts) throws Exception {
        try (Secret secret = Secret.of(PASSWORD.toCharArray())) {
            return HtmlReport.render(new CheckReport(evidence(), diagnosis(), new Redactor(secret)), transcripts);
        }
    }

    static CheckEvidence evidence() throws Exception {
        MailSettings settings = new MailSettings(EmailAddress.parse("alice@example.test"), "alice@example.test",
                "mail.example.test", 25, Security.STARTTLS, true, List.of(org.outboxdoctor.settings.SettingNote.plain("Note with <b>markup</b>")));
        DnsLookup a = new DnsLookup("mail.example.test", "A", DnsOutcome.ANSWER, "NOERROR", List.of("127.0.0.1"),
                "127.0.0.1:5353", 3, "");
        HostResolution server = new HostResolution("mail.example.test", List.of(InetAddress.getByName("127.0.0.1")),
                List.of(), List.of(a));
        String authLine = "C: AUTH PLAIN " + Base64.getEncoder().encodeToString(
                ("\0alice@example.test\0" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        SmtpPortResult blocked = new SmtpPortResult("mail.example.test", "127.0.0.1", 25, true, Security.STARTTLS,
                Security.NONE, 0, null, null, null, null, null, null, null, null, null,
                new ProbeFailure(FailureKind.FILTERED, "connect", "mail.example.test", 25, "", 5000), List.of(), 5000);
        SmtpPortResult works = new SmtpPortResult("mail.example.test", "127.0.0.1", 587, false, Security.STARTTLS,
                Security.STARTTLS, 2, new SmtpReply(220, List.of("mail.example.test ESMTP")), null, null, null, null,
                null, null, null, null, null, List.of("S: 220 mail.example.test ESMTP <hello>", authLine, "C: the password is " + PASSWORD), 40);
        DiscoveryResult discovery = new DiscoveryResult(ProviderCatalog.load().require("generic"), "test", List.of(), List.of());
        return CheckEvidence.builder(settings).server(server).mx(a).discovery(discovery).checkedHost("mail.example.test")
                .port(blocked).port(works).login(new LoginResult("IMAP", "post.example.test", 993, Security.TLS,
                        LoginOutcome.ACCEPTED, "", null, null, List.of(), 30, MailboxSource.SRV, true))
                .counts(5, 1, 1).elapsedMillis(5100).build();
    }

    static Diagnosis diagnosis() throws Exception {
        Finding blocked = new Finding(FindingCode.PORT_BLOCKED, Severity.PROBLEM, "Port 25 is blocked between you and the server",
                "Connections to port 25 get no answer from here.", List.of("port 25: no answer", "Relay & \"friends\""),
                List.of("Change the outgoing port in your mail program to 587."));
        Finding hostile = new Finding(FindingCode.SERVER_ERROR, Severity.WARNING, "<script>alert('x')</script>",
                "typed " + PASSWORD, List.of(), List.of());
        Finding ok = new Finding(FindingCode.CAN_SEND, Severity.OK, "Sending works with the right settings", "Port 587 works.",
                List.of(), List.of());
        return new Diagnosis(Verdict.PROBLEM, List.of(blocked, hostile, ok),
                Optional.of(new RecommendedSettings("mail.example.test", 587, Security.STARTTLS, "alice@example.test", true, true)),
                new Diagnoser(java.util.Locale.ROOT).diagnose(evidence()).judgements());
    }
}
