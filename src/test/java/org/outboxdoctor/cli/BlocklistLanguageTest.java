package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * A blocklisted practice run in German: what the list's answer means, and why the list is asked, read in German in
 * the report; the JSON's "blacklists" keep the stable English meaning while its probe rows follow {@code --lang}.
 */
class BlocklistLanguageTest {

    @Test
    void theListsMeaningIsGermanInTheGermanReport() {
        CommandLineTest.Result r = CommandLineTest.run("", "practice", "run", "ip-blacklisted", "--lang", "de", "--transcript");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("bl.spamcop.net: 203.0.113.45 → als Spam-Quelle gemeldet"), r.out());
        assertTrue(r.out().contains("SpamCop: als Spam-Quelle gemeldet"), "the probe row: " + r.out());
        assertTrue(r.out().contains("Spamhaus ZEN: nicht eingetragen"), r.out());
        assertFalse(r.out().contains("reported as a source of spam"), r.out());
        assertFalse(r.out().contains("not listed"), r.out());
    }

    @Test
    void aHomeAddressListingIsExplainedInFrenchAndSpanish() {
        CommandLineTest.Result fr = CommandLineTest.run("", "practice", "run", "ip-policy-listed", "--lang", "fr");
        assertEquals(0, fr.exit(), fr.toString());
        assertTrue(fr.out().contains("PBL : des adresses de particuliers (inscrites par Spamhaus)"), fr.out());
        assertFalse(fr.out().contains("home or end-user"), fr.out());
        CommandLineTest.Result es = CommandLineTest.run("", "practice", "run", "ip-policy-listed", "--lang", "es");
        assertTrue(es.out().contains("PBL: direcciones de conexiones domésticas (inscritas por Spamhaus)"), es.out());
    }

    @Test
    void jsonKeepsTheEnglishMeaningAndItsRowsFollowTheLanguage() {
        CommandLineTest.Result r = CommandLineTest.run("", "practice", "run", "ip-blacklisted", "--lang", "de", "--json");
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject spamcop = null;
        for (JsonElement b : json.getAsJsonArray("blacklists")) {
            if (b.getAsJsonObject().get("zone").getAsString().equals("bl.spamcop.net")) {
                spamcop = b.getAsJsonObject();
            }
        }
        assertEquals("LISTED", spamcop.get("status").getAsString(), r.out());
        assertEquals("reported as a source of spam", spamcop.get("meaning").getAsString());
        assertEquals("SpamCop", spamcop.get("name").getAsString());
        String row = "";
        for (JsonElement p : json.getAsJsonArray("probes")) {
            if (p.getAsJsonObject().get("id").getAsString().equals("dnsbl-bl.spamcop.net")) {
                row = p.getAsJsonObject().get("summary").getAsString();
            }
        }
        assertEquals("SpamCop: als Spam-Quelle gemeldet", row, r.out());
    }
}
