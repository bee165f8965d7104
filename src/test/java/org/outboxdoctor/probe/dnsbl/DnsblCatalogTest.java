package org.outboxdoctor.probe.dnsbl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.i18n.Language;

/** The blocklist catalog and its translations: every zone and answer code has its own text in every language. */
class DnsblCatalogTest {

    @Test
    void everyZoneAndEveryCodeHasATextInEveryLanguage() {
        List<DnsblZone> zones = DnsblCatalog.load().defaults();
        assertTrue(zones.size() >= 8, zones.toString());
        int texts = 0;
        for (DnsblZone zone : zones) {
            for (Language language : Language.values()) {
                Locale locale = language.locale();
                String why = zone.why(locale);
                assertFalse(why.isBlank(), zone.zone() + " why, " + language);
                if (language != Language.EN) {
                    assertNotEquals(zone.why(), why, zone.zone() + " why is still English in " + language);
                }
                for (String code : zone.codes().keySet()) {
                    String meaning = zone.meaning(code, locale).orElseThrow();
                    assertFalse(meaning.isBlank(), zone.zone() + " " + code + ", " + language);
                    if (language != Language.EN) {
                        assertNotEquals(zone.codes().get(code), meaning, zone.zone() + " " + code + " is still English in " + language);
                    }
                    texts++;
                }
            }
        }
        assertTrue(texts >= 4 * 14, "zones × codes × languages: " + texts);
    }

    @Test
    void listNamesAndCodesStayAsTheyAre() {
        DnsblZone zen = DnsblCatalog.load().select(List.of("zen.spamhaus.org")).get(0);
        assertEquals("Spamhaus ZEN", zen.name());
        assertEquals("SBL: a known spam source or spam operation", zen.meaning("127.0.0.2", Locale.ENGLISH).orElseThrow());
        assertEquals("SBL: eine bekannte Spam-Quelle oder ein Spam-Betrieb", zen.meaning("127.0.0.2", Locale.GERMAN).orElseThrow());
        assertTrue(zen.meaning("127.0.0.10", Locale.FRENCH).orElseThrow().startsWith("PBL : "));
        assertTrue(zen.meaning("127.0.0.4", Locale.forLanguageTag("es")).orElseThrow().startsWith("XBL: "));
        assertTrue(zen.meaning("127.0.0.99", Locale.GERMAN).isEmpty(), "an undocumented code has no text");
        assertEquals(zen.why(), zen.why(Locale.forLanguageTag("it")), "a language without translation reads English");
        DnsblZone unknown = DnsblCatalog.load().select(List.of("list.example.test")).get(0);
        assertEquals("", unknown.why(Locale.GERMAN));
    }

    @Test
    void theLoadCheckFindsMissingExtraAndBlankTexts() {
        List<DnsblZone> zones = List.of(new DnsblZone("a.test", "A", "why A", "https://a.test/{ip}",
                Map.of("127.0.0.2", "spam", "127.0.0.10", "home"), List.of("127.0.0.10")));
        Map<Language, Properties> translations = new EnumMap<>(Language.class);
        for (Language language : List.of(Language.DE, Language.FR, Language.ES)) {
            Properties texts = new Properties();
            texts.setProperty("a.test.why", "warum " + language.code());
            texts.setProperty("a.test.127.0.0.2", "Spam " + language.code());
            texts.setProperty("a.test.127.0.0.10", "privat " + language.code());
            translations.put(language, texts);
        }
        assertEquals(List.of(), DnsblCatalog.problems(zones, translations));
        DnsblZone translated = DnsblCatalog.translated(zones, translations).get(0);
        assertEquals("privat de", translated.meaning("127.0.0.10", Locale.GERMAN).orElseThrow());
        assertEquals("warum fr", translated.why(Locale.FRENCH));

        translations.get(Language.DE).remove("a.test.127.0.0.10");
        translations.get(Language.FR).setProperty("b.test.why", "pourquoi");
        translations.get(Language.ES).setProperty("a.test.why", " ");
        assertEquals(List.of("zones_de.properties has no text for a.test.127.0.0.10",
                "zones_fr.properties: b.test.why is no zone or code in zones.json",
                "zones_es.properties has no text for a.test.why"), DnsblCatalog.problems(zones, translations));

        translations.remove(Language.ES);
        assertTrue(DnsblCatalog.problems(zones, translations).contains("zones_es.properties is missing"));
    }

    @Test
    void theLoadCheckReadsTheEnglishDataToo() {
        Map<Language, Properties> none = new EnumMap<>(Language.class);
        for (Language language : List.of(Language.DE, Language.FR, Language.ES)) {
            Properties texts = new Properties();
            texts.setProperty("a.test.why", "x");
            none.put(language, texts);
        }
        List<DnsblZone> policyWithoutText = List.of(new DnsblZone("a.test", "A", "why", "", Map.of(), List.of("127.0.0.10")));
        assertEquals(List.of("a.test: policy code 127.0.0.10 has no text in \"codes\""), DnsblCatalog.problems(policyWithoutText, none));
        List<DnsblZone> noWhy = List.of(new DnsblZone("a.test", "A", "", "", Map.of(), List.of()));
        assertEquals(List.of("a.test has no name or no \"why\""), DnsblCatalog.problems(noWhy, none));
        List<DnsblZone> badCode = List.of(new DnsblZone("a.test", "A", "why", "", Map.of("10.0.0.2", "spam"), List.of()));
        assertTrue(DnsblCatalog.problems(badCode, none).contains("a.test: code 10.0.0.2 is not a 127.x.y.z answer with a text"));
    }
}
