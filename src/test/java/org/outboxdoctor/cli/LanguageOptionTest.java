package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.i18n.Translations;
import org.outboxdoctor.practice.PracticeCatalog;
import org.outboxdoctor.practice.PracticeScenario;

/** {@code --lang}: a bad value is a usage error; the report, the practice lines and JSON's sentences follow it. */
class LanguageOptionTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(before);
    }

    @Test
    void anUnknownLanguageIsAClearUsageErrorOnEveryCommandThatTakesIt() {
        for (List<String> command : List.of(List.of("practice", "run", "port-25-blocked"), List.of("practice", "list"),
                List.of("explain", "535 5.7.8 Error: authentication failed"), List.of("mailprograms"),
                List.of("check", "--email", "a@example.org", "--no-auth"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--lang", "xx"))
                    .toArray(String[]::new);
            CommandLineTest.Result r = CommandLineTest.run("", args);
            assertEquals(2, r.exit(), command + ": " + r);
            assertTrue(r.err().startsWith("--lang takes one of en, de, fr, es, not \"xx\"."), command + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void englishIsAskedForOnAGermanComputerAndEnglishIsPrinted() {
        Locale.setDefault(Locale.GERMANY);
        CommandLineTest.Result r = CommandLineTest.run("", "practice", "run", "port-25-blocked", "--lang", "en");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("PRACTICE | What this scenario was"), r.out());
        assertTrue(r.out().contains("Result: "), r.out());
    }

    @Test
    void practiceRunInGermanPrintsTheGermanReport() {
        assumeTrue(Translations.testable(Language.DE), "German is still pending");
        CommandLineTest.Result r = CommandLineTest.run("", "practice", "run", "port-25-blocked", "--lang", "de");
        assertEquals(1, r.exit(), r.toString());
        PracticeScenario scenario = PracticeCatalog.load().find("port-25-blocked").orElseThrow();
        assertTrue(r.out().contains(scenario.title(Locale.GERMAN)), r.out());
        assertFalse(r.out().contains(scenario.title()), "the English title: " + r.out());
        assertFalse(r.out().contains("What this scenario was"), r.out());
        assertFalse(r.out().contains("Result: "), r.out());
        assertTrue(r.out().matches("(?s).*\\d,\\d s.*"), "seconds with a decimal comma: " + r.out());
    }

    @Test
    void jsonKeepsItsKeysAndCodesInEveryLanguage() {
        CommandLineTest.Result english = CommandLineTest.run("", "practice", "run", "port-25-blocked", "--json", "--lang", "en");
        CommandLineTest.Result other = CommandLineTest.run("", "practice", "run", "port-25-blocked", "--json", "--lang", "fr");
        JsonObject a = JsonParser.parseString(english.out()).getAsJsonObject();
        JsonObject b = JsonParser.parseString(other.out()).getAsJsonObject();
        assertEquals(a.keySet(), b.keySet());
        assertEquals(a.get("verdict"), b.get("verdict"));
        assertEquals(a.getAsJsonArray("findings").get(0).getAsJsonObject().get("code"),
                b.getAsJsonArray("findings").get(0).getAsJsonObject().get("code"));
        assertEquals(a.getAsJsonObject("practice").get("scenario"), b.getAsJsonObject("practice").get("scenario"));
    }
}
