package org.outboxdoctor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.settings.Secret;

/** Every report says when, with which version and on which system it was made; practice reports say so first. */
class ReportStampTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
    private static final ReportStamp STAMP = ReportStamp.of(CLOCK);

    @Test
    void theTextAndHtmlReportsCarryTheTimeTheVersionAndTheSystem() throws Exception {
        for (String report : List.of(text(STAMP), html(STAMP))) {
            assertTrue(report.contains("2026-11-23 10:15:30 +00:00"), report);
            assertTrue(report.contains("Outbox Doctor " + STAMP.version()), report);
            assertTrue(report.contains(System.getProperty("os.name")), report);
            assertFalse(report.contains("PRACTICE"), "a real check is no practice: " + report);
        }
    }

    @Test
    void theJsonReportAddsGeneratedAndKeepsEveryField() throws Exception {
        JsonObject json = JsonParser.parseString(json(STAMP)).getAsJsonObject();
        assertEquals(Set.of("version", "verdict", "findings", "recommended", "current", "provider", "probes", "publicIp", "blacklists",
                "incoming", "connections", "authAttempts", "mailboxLogins", "elapsedMillis", "generated"), json.keySet());
        assertEquals(JsonReport.VERSION, json.get("version").getAsInt());
        JsonObject generated = json.getAsJsonObject("generated");
        assertEquals("2026-11-23T10:15:30Z", generated.get("at").getAsString());
        assertEquals(STAMP.version(), generated.get("version").getAsString());
        assertTrue(generated.get("os").getAsString().startsWith(System.getProperty("os.name")), generated.toString());
    }

    @Test
    void aPracticeReportSaysPracticeAndTheScenarioFirst() throws Exception {
        ReportStamp practice = STAMP.practicing("wrong-password (The password in the mail program is wrong)");
        String text = text(practice);
        assertTrue(text.startsWith("PRACTICE: scenario wrong-password"), text);
        String html = html(practice);
        assertTrue(html.contains("<title>PRACTICE: "), html);
        assertTrue(html.contains("PRACTICE: scenario wrong-password"), html);
    }

    private static String text(ReportStamp stamp) throws Exception {
        try (Secret secret = Secret.of("pw".toCharArray())) {
            return TextReport.render(report(stamp, secret), true);
        }
    }

    private static String html(ReportStamp stamp) throws Exception {
        try (Secret secret = Secret.of("pw".toCharArray())) {
            return HtmlReport.render(report(stamp, secret), true);
        }
    }

    private static String json(ReportStamp stamp) throws Exception {
        try (Secret secret = Secret.of("pw".toCharArray())) {
            return JsonReport.render(report(stamp, secret));
        }
    }

    private static CheckReport report(ReportStamp stamp, Secret secret) throws Exception {
        return new CheckReport(HtmlReportTest.evidence(), HtmlReportTest.diagnosis(), new Redactor(secret), stamp);
    }
}
