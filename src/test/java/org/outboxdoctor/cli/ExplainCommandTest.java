package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.outboxdoctor.cli.CommandLineTest.Result;
import org.junit.jupiter.api.Test;

/** `outbox-doctor explain`: text and JSON, standard input, and exit 0 recognised / 1 not / 2 bad input. */
class ExplainCommandTest {
    private static final String OUTLOOK = "Sending reported error (0x800CCC0E) : 'Cannot connect to the server.' Server: "
            + "'smtp.example.com', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E";

    @Test
    void explainsAnOutlookMessageAsText() {
        Result r = CommandLineTest.run("", "explain", OUTLOOK);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("refused the connection"), r.out());
        assertTrue(r.out().contains("Outlook (classic)"), r.out());
        assertTrue(r.out().contains("PORT_REFUSED"), r.out());
        assertTrue(r.out().contains("smtp.example.com"), r.out());
        assertTrue(r.out().contains("SSL:        off"), r.out());
    }

    @Test
    void jsonHasEveryDocumentedField() {
        Result r = CommandLineTest.run("", "explain", "--json", "An", "error", "occurred", "while", "sending", "mail:", "Outgoing", "server",
                "(SMTP)", "error.", "The", "server", "responded:", "535", "5.7.8", "Error:", "authentication", "failed");
        assertEquals(0, r.exit(), r.toString());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        for (String field : new String[] {"version", "recognised", "program", "entry", "meaning", "finding", "certainty", "settings",
                "errorCode", "socketError", "serverReply"}) {
            assertTrue(json.has(field), field);
        }
        assertEquals("thunderbird", json.get("program").getAsString());
        assertEquals("WRONG_PASSWORD", json.get("finding").getAsString());
        assertEquals("likely", json.get("certainty").getAsString());
        assertEquals(535, json.getAsJsonObject("serverReply").get("code").getAsInt());
        assertEquals("5.7.8", json.getAsJsonObject("serverReply").get("enhanced").getAsString());
        assertTrue(json.getAsJsonObject("settings").get("server").isJsonNull());
    }

    @Test
    void readsStandardInputWithDash() {
        Result r = CommandLineTest.run(OUTLOOK + "\n", "explain", "--json", "-");
        assertEquals(0, r.exit(), r.toString());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(25, json.getAsJsonObject("settings").get("port").getAsInt());
        assertFalse(json.getAsJsonObject("settings").get("ssl").getAsBoolean());
        assertEquals("0x800CCC0E", json.get("errorCode").getAsString());
        assertEquals(10061, json.get("socketError").getAsInt());
    }

    @Test
    void unrecognisedTextExitsWithOneAndSaysSo() {
        Result r = CommandLineTest.run("", "explain", "the printer is jammed");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("do not recognise"), r.out());
        Result json = CommandLineTest.run("", "explain", "--json", "the printer is jammed");
        assertFalse(JsonParser.parseString(json.out()).getAsJsonObject().get("recognised").getAsBoolean());
    }

    @Test
    void badInputExitsWithTwoAndOneSentence() {
        assertUsage(CommandLineTest.run("", "explain", "-"), "no message");
        assertUsage(CommandLineTest.run("", "explain", "   "), "no message");
        assertUsage(CommandLineTest.run("x".repeat(200_000), "explain", "-"), "100 kB");
        assertUsage(CommandLineTest.run("", "explain"), "TEXT");
    }

    private static void assertUsage(Result r, String expected) {
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }
}
