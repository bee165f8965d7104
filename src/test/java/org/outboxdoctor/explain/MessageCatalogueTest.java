package org.outboxdoctor.explain;

import org.outboxdoctor.diagnosis.Certainty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogue entry is proven against recorded messages; a broken catalogue fails as it loads. */
class MessageCatalogueTest {
    private static final Explainer EXPLAINER = Explainer.load();

    record Recorded(String program, String entry, String finding, String server, String port, String ssl, String text) {
        @Override
        public String toString() {
            return entry + ": " + text.substring(0, Math.min(70, text.length()));
        }
    }

    static List<Recorded> recorded() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MessageCatalogueTest.class.getResourceAsStream("recorded-messages.tsv"), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 7))
                    .map(f -> new Recorded(f[0], f[1], f[2], f[3], f[4], f[5], f[6].replace("\\n", "\n"))).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("recorded")
    void recordedMessageIsExplained(Recorded r) {
        Explanation e = EXPLAINER.explain(r.text());
        assertEquals(r.program(), e.program().id(), "program");
        assertEquals(r.entry(), e.entry(), "entry");
        assertEquals(optional(r.finding()), e.finding(), "finding");
        assertEquals(optional(r.server()), e.settings().server(), "server");
        assertEquals(optional(r.port()).map(Integer::valueOf), e.settings().port(), "port");
        assertEquals(optional(r.ssl()).map("yes"::equals), e.settings().ssl(), "ssl");
        assertTrue(e.certainty().isPresent());
        assertTrue(!e.meaning().isBlank());
    }

    @Test
    void everyEntryIsProvenByARecordedMessageAndThereAreEnough() throws IOException {
        List<Recorded> recorded = recorded();
        Set<String> proven = new HashSet<>();
        recorded.forEach(r -> proven.add(r.entry()));
        MessageCatalogue catalogue = MessageCatalogue.load(ExplainTexts.english());
        Stream.concat(catalogue.entries.stream(), catalogue.replies.stream())
                .forEach(entry -> assertTrue(proven.contains(entry.id()), "no recorded message proves " + entry.id()));
        assertTrue(recorded.size() >= 40, "at least 40 recorded messages: " + recorded.size());
        Set<String> programs = new HashSet<>();
        recorded.forEach(r -> programs.add(r.program()));
        for (Program p : Program.values()) {
            assertTrue(programs.contains(p.id()), "a recorded message from " + p.id());
        }
        long localised = recorded.stream().filter(r -> r.text().matches("(?s).*(Fehler|erreur|error de|Senden|envoi|enviar|Nachricht"
                + "|servidor|serveur|Impossible|Ha ocurrido|Ocurrió).*")).count();
        assertTrue(localised >= 15, "German, French and Spanish messages: " + localised);
    }

    @Test
    void outlookDetailLineRevealsTheProtocolAndSocketError() {
        Explanation e = EXPLAINER.explain("Server: 'smtp.example.com', Protocol: SMTP, Port: 25, Secure(SSL): No, "
                + "Socket Error: 10061, Error Number: 0x800CCC0E");
        assertEquals(Optional.of("SMTP"), e.settings().protocol());
        assertEquals(Optional.of(10061), e.socketError());
        assertEquals(Optional.of("0x800CCC0E"), e.errorCode());
        assertEquals(Optional.of(Certainty.LIKELY), e.certainty());
    }

    @Test
    void quotedReplyIsReadWithTheEnginesReplyReading() {
        Explanation e = EXPLAINER.explain("An error occurred while sending mail: Outgoing server (SMTP) error. The server responded: "
                + "535-5.7.8 Username and Password not accepted.\n535 5.7.8 https://support.google.com/mail/?p=BadCredentials");
        assertEquals(Program.THUNDERBIRD, e.program());
        assertEquals(535, e.serverReply().orElseThrow().code());
        assertEquals(Optional.of("5.7.8"), e.serverReply().orElseThrow().enhanced());
        assertEquals(2, e.serverReply().orElseThrow().lines().size());
        assertEquals(Optional.of("WRONG_PASSWORD"), e.finding());
    }

    @Test
    void unknownTextSaysSoHonestly() {
        Explanation e = EXPLAINER.explain("My printer is out of paper again.");
        assertTrue(!e.recognised());
        assertEquals(Program.UNKNOWN, e.program());
        assertEquals(Optional.empty(), e.finding());
        assertEquals(Optional.empty(), e.certainty());
        assertTrue(e.meaning().contains("do not recognise"), e.meaning());
    }

    @Test
    void portNumbersAreNotMistakenForReplies() {
        Explanation e = EXPLAINER.explain("I use port: 550 and it fails");
        assertEquals(Optional.empty(), e.serverReply());
    }

    @Test
    void everyFindingTheCatalogueNamesIsKnown() {
        MessageCatalogue catalogue = MessageCatalogue.load(ExplainTexts.english());
        Stream.concat(catalogue.entries.stream(), catalogue.replies.stream()).flatMap(e -> e.finding().stream())
                .forEach(code -> assertTrue(FindingNames.KNOWN.contains(code), code));
    }

    @Test
    void brokenCataloguesFailAsTheyLoadNamingTheEntry() {
        assertBroken(entry("\"finding\": \"NO_SUCH_CODE\""), "unknown finding code NO_SUCH_CODE");
        assertBroken(entry("\"patterns\": [\"(unclosed\"]"), "does not compile");
        assertBroken(entry("\"text\": \"no.such.sentence\""), "explain.no.such.sentence");
        assertBroken(entry("\"program\": \"eudora\""), "unknown program eudora");
        assertBroken(entry("\"certainty\": \"sure\""), "proven, likely or possible");
        assertBroken(entry("\"patterns\": [\"(?<password>x)\"]"), "groups nobody reads");
        assertBroken(entry("\"patterns\": [\"{hostname}\"]"), "unknown placeholder {hostname}");
        assertBroken(entry("\"source\": \"\""), "source");
        assertBroken("{\"entries\": [], \"replies\": []}", "detailLine has no pattern for server");
        assertBroken("{not json", "not valid JSON");
    }

    private static void assertBroken(String json, String expected) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MessageCatalogue.parse(new StringReader(json), "test.json", ExplainTexts.english()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** A minimal catalogue with one entry, one field of which is replaced. */
    private static String entry(String replacement) {
        String field = replacement.substring(0, replacement.indexOf(':'));
        String entry = "{\"id\": \"test.entry\", \"program\": \"outlook\", \"patterns\": [\"x\"], \"finding\": \"PORT_BLOCKED\","
                + " \"certainty\": \"likely\", \"text\": \"outlook.other\", \"source\": \"a test\"}";
        entry = entry.replaceFirst(java.util.regex.Pattern.quote(field) + ": (\\[[^\\]]*\\]|\"[^\"]*\")",
                java.util.regex.Matcher.quoteReplacement(replacement));
        return "{\"detailLine\": {\"server\": \"s(?<value>x)\", \"port\": \"p(?<value>1)\", \"ssl\": \"l(?<value>yes)\","
                + " \"protocol\": \"r(?<value>smtp)\", \"socketError\": \"e(?<value>1)\"},"
                + " \"sslWords\": {\"yes\": [\"yes\"], \"no\": [\"no\"]}, \"entries\": [" + entry + "], \"replies\": [],"
                + " \"replyMeanings\": {}}";
    }

    private static Optional<String> optional(String field) {
        return field.equals("-") ? Optional.empty() : Optional.of(field);
    }
}
