package org.outboxdoctor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random and hostile text gets an answer or "not recognised", fast, and never an exception. */
class ExplainerFuzzTest {
    private static final Explainer EXPLAINER = Explainer.load();
    /** Generous for a busy 2-core build machine; a 100 kB message takes well under a second. */
    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final String[] PIECES = {"0x800CCC", "0E", "Server: '", "Port: ", "Secure(SSL): ", "Socket Error: ", "535",
            "-5.7.8 ", "5.", "7.", " ", "\n", "\r\n", "\t", "\u0000", "\u001b[31m", "\u202e", "\u200b", "«", "»", "“", "’",
            "The mail server responded: ", ". Please verify", "Outgoing server (SMTP) ", "smtp.", "example.", "com", "(", ")",
            "ä", "ß", "é", "ñ", "中文", "Ж", "ا", "😀", "\uD800", "{host}", "\\", "$", "*", "aaaa", "::::", "....", "----"};

    static Stream<String> hostile() {
        int size = PastedText.MAX_CHARS;
        return Stream.of(
                "a".repeat(size),
                " ".repeat(size),
                "\n".repeat(size),
                ".".repeat(size),
                "5".repeat(size),
                "5.".repeat(size / 2),
                "550 ".repeat(size / 4),
                "550-".repeat(size / 4),
                "535-5.7.8 x\n".repeat(size / 12),
                "0x800CCC".repeat(size / 8),
                fill("The mail server responded: ", size),
                fill("The mail server responded: 535 5.7.8 ", size),
                fill("Outgoing server (SMTP) ", size),
                fill("Outgoing server (SMTP) a", size),
                "Outgoing server (SMTP) " + "a.".repeat((size - 40) / 2),
                "Server: '" + "a-".repeat((size - 10) / 2),
                fill("Server: 'a', Port: 1, ", size),
                fill("Authentication failed for ", size),
                fill("Authentifizierung für x", size),
                fill("\u0000\u0001\u0002\u007f\u0085\u2028", size),
                fill("中文Жاé😀", size),
                fill("«»“”’‘", size));
    }

    private static String fill(String piece, int size) {
        return piece.repeat(size / piece.length());
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextIsAnsweredFast(String text) {
        assertTrue(text.length() <= PastedText.MAX_CHARS);
        Explanation e = assertTimeoutPreemptively(BOUND, () -> EXPLAINER.explain(text));
        assertNotNull(e.meaning());
    }

    @Test
    void randomTextIsAnsweredWithoutException() {
        Random random = new Random(20261204);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int target = round % 50 == 0 ? PastedText.MAX_CHARS - 64 : random.nextInt(2000);
            while (text.length() < target) {
                if (random.nextInt(4) == 0) {
                    text.append((char) random.nextInt(0x10000));
                } else {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            String message = text.substring(0, Math.min(text.length(), PastedText.MAX_CHARS));
            Explanation e = assertTimeoutPreemptively(BOUND, () -> EXPLAINER.explain(message), () -> "round " + message.length());
            assertNotNull(e.meaning());
            assertEquals(e.recognised(), !e.entry().equals(Explanation.UNKNOWN_ENTRY));
        }
    }

    @Test
    void emptyAndTinyTextAreNotRecognised() {
        for (String text : List.of("", " ", "\n", "0x", "550", "5.7.8")) {
            assertTrue(!EXPLAINER.explain(text).recognised() || EXPLAINER.explain(text).serverReply().isPresent(), text);
        }
    }

    @Test
    void textOverTheLimitIsRefusedWithASentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EXPLAINER.explain("a".repeat(PastedText.MAX_CHARS + 1)));
        assertTrue(e.getMessage().contains("100 kB"), e.getMessage());
    }
}
