package org.outboxdoctor.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.settings.Security;

class PracticeCatalogTest {

    /** The scenarios the issue asks for, by id, in the picker's order; more may follow them. */
    private static final List<String> ISSUE = List.of("healthy", "wrong-password", "smtp-auth-refused", "relay-denied",
            "port-25-blocked", "all-smtp-blocked", "tls-required", "certificate-name-mismatch", "antivirus-interception",
            "rate-limited", "account-suspended", "sending-limit", "message-too-large", "ip-blacklisted", "ip-policy-listed",
            "server-typo", "offline");

    @Test
    void theShippedCatalogHasEveryScenarioOfTheIssueFirst() {
        PracticeCatalog catalog = PracticeCatalog.load();
        assertEquals(ISSUE, catalog.ids().subList(0, ISSUE.size()));
        assertEquals(catalog.ids().size(), new HashSet<>(catalog.ids()).size());
        assertEquals(catalog.scenarios().size(), new HashSet<>(catalog.scenarios().stream().map(PracticeScenario::title).toList()).size(),
                "titles tell scenarios apart in the picker");
        for (PracticeScenario s : catalog.scenarios()) {
            assertTrue(s.title().length() <= 90, s.id() + ": a picker line, not a paragraph");
            assertTrue(s.teaches().length() > 150, s.id() + ": says what the scenario was, how it is told apart and the fix");
        }
        assertEquals(FindingCode.CAN_SEND, catalog.find("healthy").orElseThrow().expectedTop());
        assertEquals(0, catalog.find("healthy").orElseThrow().expectedExit());
        assertEquals(catalog.find("offline"), catalog.find(" OFFLINE "));
    }

    @Test
    void theSignInScenariosOfIssue15AreThere() {
        PracticeCatalog catalog = PracticeCatalog.load();
        assertEquals(FindingCode.OAUTH_REQUIRED, catalog.find("microsoft365-password-off").orElseThrow().expectedTop());
        assertEquals(FindingCode.APP_PASSWORD_REQUIRED, catalog.find("gmail-app-password").orElseThrow().expectedTop());
        assertEquals(FindingCode.SIGN_IN_BLOCKED, catalog.find("security-hold").orElseThrow().expectedTop());
        assertEquals(FindingCode.APP_PASSWORD_REQUIRED, catalog.find("yahoo-auth005").orElseThrow().expectedTop());
        assertEquals(FindingCode.SMTP_AUTH_REFUSED, catalog.find("smtp-auth-refused").orElseThrow().expectedTop());
    }

    @Test
    void mailProgramDefaultsComeFromTheBaseAndThePort() {
        PracticeScenario.MailProgram m = PracticeCatalog.load().find("relay-denied").orElseThrow().mailProgram();
        assertEquals("anna@practice.test", m.address());
        assertEquals("mail.practice.test", m.server());
        assertEquals(587, m.port());
        assertEquals(Security.STARTTLS, m.security());
        assertTrue(!m.auth() && m.rightPassword());
        assertTrue(!PracticeCatalog.load().find("wrong-password").orElseThrow().mailProgram().rightPassword());
    }

    @Test
    void aNameOutsideLoopbackIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(
                "{\"name\": \"mail.practice.test\", \"type\": \"A\", \"value\": \"192.0.2.1\"}", "{}"));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    }

    @Test
    void brokenEntriesFailWhenTheCatalogLoads() {
        assertThrows(IllegalStateException.class, () -> parse("", "{\"greenmail\": [8080]}"));
        assertThrows(IllegalStateException.class, () -> parse("", "{\"greenmail\": [993], \"blackholed\": [993]}"));
        assertThrows(IllegalStateException.class, () -> parse("", "{\"scripted\": [{\"ports\": [587], \"certificate\": \"nope\"}]}"));
        assertThrows(IllegalStateException.class, () -> parse("", "{\"listed\": [{\"zone\": \"x.test\", \"answer\": \"10.0.0.2\"}]}"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PracticeCatalog.parse(new StringReader(
                catalog("", "{}").replace("\"CAN_SEND\"", "\"CAN_SENT\"")), words(ONE_WORDS)));
        assertTrue(e.getMessage().contains("CAN_SENT"), e.getMessage());
        assertEquals(1, parse("", "{}").scenarios().size());
    }

    @Test
    void everyScenarioNeedsItsTitleAndWhatItTeachesInTheBundleAndNothingElse() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PracticeCatalog.parse(
                new StringReader(catalog("", "{}")), words("scenario.one.title=One\n")));
        assertTrue(e.getMessage().contains("scenario.one.teaches"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> PracticeCatalog.parse(
                new StringReader(catalog("", "{}")), words(ONE_WORDS + "scenario.two.title=Two\n")));
        assertTrue(e.getMessage().contains("scenario.two.title in scenarios.properties belongs to no scenario"), e.getMessage());
        PracticeScenario one = PracticeCatalog.parse(new StringReader(catalog("", "{}")),
                words("scenario.one.title=One''s title\nscenario.one.teaches=Something.\n")).scenarios().get(0);
        assertEquals("One's title", one.title(), "a MessageFormat pattern like every other bundle text");
    }

    @Test
    void theShippedScenariosReadInTheLanguageAskedForWithEnglishWhereATranslationLacksThem() {
        PracticeScenario healthy = PracticeCatalog.load().find("healthy").orElseThrow();
        assertEquals(healthy.title(), healthy.title(java.util.Locale.ROOT));
        assertFalse(healthy.title(java.util.Locale.GERMAN).isBlank());
        assertFalse(healthy.teaches(new java.util.Locale("es")).isBlank());
    }

    private static final String ONE_WORDS = "scenario.one.title=One\nscenario.one.teaches=Something.\n";

    private static java.util.ResourceBundle words(String properties) {
        try {
            return new java.util.PropertyResourceBundle(new StringReader(properties));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PracticeCatalog parse(String extraRecord, String world) {
        return PracticeCatalog.parse(new StringReader(catalog(extraRecord, world)), words(ONE_WORDS));
    }

    private static String catalog(String extraRecord, String world) {
        return "{\"base\": {\"address\": \"anna@practice.test\", \"password\": \"a\", \"wrongPassword\": \"b\","
                + " \"server\": \"mail.practice.test\", \"publicIp\": \"203.0.113.45\", \"dns\": ["
                + (extraRecord.isEmpty() ? "" : extraRecord) + "]},"
                + " \"scenarios\": [{\"id\": \"one\","
                + " \"expected\": {\"top\": \"CAN_SEND\", \"exit\": 0}, \"world\": " + world + "}]}";
    }
}
