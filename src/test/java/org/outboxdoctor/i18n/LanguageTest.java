package org.outboxdoctor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanguageTest {
    private static final String SAMPLE = "org.outboxdoctor.i18n.sample";
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(before);
    }

    @Test
    void codesAreParsedLikeTheCommandLineAndThePreferenceWriteThem() {
        assertEquals(Optional.of(Language.DE), Language.byCode("de"));
        assertEquals(Optional.of(Language.FR), Language.byCode(" FR "));
        assertEquals(Optional.of(Language.ES), Language.byCode("es-MX"));
        assertEquals(Optional.of(Language.EN), Language.byCode("en_GB"));
        assertEquals(Optional.empty(), Language.byCode("xx"));
        assertEquals(Optional.empty(), Language.byCode(""));
        assertEquals(Optional.empty(), Language.byCode(null));
        assertEquals("en, de, fr, es", Language.codes());
    }

    @Test
    void theComputersLanguageIsFollowedWhenItIsOneOfTheFourElseEnglish() {
        assertEquals(Language.DE, Language.of(Locale.GERMANY));
        assertEquals(Language.FR, Language.of(Locale.CANADA_FRENCH));
        assertEquals(Language.EN, Language.of(Locale.JAPAN));
        assertEquals(Language.EN, Language.of(Locale.ROOT));
        Locale.setDefault(new Locale("es", "ES"));
        assertEquals(Language.ES, Language.ofThisComputer());
        Locale.setDefault(new Locale("it", "IT"));
        assertEquals(Language.EN, Language.ofThisComputer());
    }

    @Test
    void aGermanComputerAskingForEnglishGetsEnglishAndATranslationFallsBackPerKey() {
        Locale.setDefault(Locale.GERMANY);
        ResourceBundle english = Bundles.load(SAMPLE, Language.EN);
        assertEquals("Hello", english.getString("greeting"));
        ResourceBundle german = Bundles.load(SAMPLE, Language.DE);
        assertEquals("Grüß Gott", german.getString("greeting"), "read as UTF-8");
        assertEquals("Only in English", german.getString("onlyEnglish"));
        // no French file: the English base, not the computer's German
        assertEquals("Hello", Bundles.load(SAMPLE, Language.FR).getString("greeting"));
    }

    @Test
    void numbersInSentencesStayPlainButQuantitiesReadTheLocalWay() {
        ResourceBundle german = Bundles.load(SAMPLE, Language.DE);
        assertEquals("Anschluss 2525", Bundles.format(german.getString("port"), Locale.GERMAN, 2525));
        assertEquals("1,8 s", LocalFormats.seconds(1800, Locale.GERMAN));
        assertEquals("1.8 s", LocalFormats.seconds(1800, Language.EN.locale()));
        assertEquals("0,4 s", LocalFormats.seconds(420, Locale.FRENCH));
        ZonedDateTime at = ZonedDateTime.of(2026, 3, 2, 14, 5, 9, 0, ZoneOffset.ofHours(1));
        assertEquals("2026-03-02 14:05:09 +01:00", LocalFormats.dateTime(at, Locale.ROOT));
        assertEquals("02.03.2026, 14:05:09 +01:00", LocalFormats.dateTime(at, Locale.GERMAN));
    }
}
