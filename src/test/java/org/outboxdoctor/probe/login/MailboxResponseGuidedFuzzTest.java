package org.outboxdoctor.probe.login;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.Transcript;
import org.outboxdoctor.testing.FuzzGuard;

/**
 * Coverage-guided (Jazzer): what an IMAP or POP3 server sends, through the part of the reading the app does itself
 * before Angus Mail does the rest. The {@link LiteralWatch} passes every byte on unchanged, in whatever pieces the
 * library asks for; it refuses a line exactly when an independent reading of RFC 9051's literal ({@code {N}} or
 * {@code {N+}} ending the line) finds N above the limit, or finds more digits than the watch can see; it remembers
 * POP3's "-ERR" lines; and the library's trace of the same bytes marks "login sent" exactly when Angus said so.
 *
 * <p>Seeds and saved crashes: src/test/resources/org/outboxdoctor/probe/login/MailboxResponseGuidedFuzzTestInputs/.
 */
public class MailboxResponseGuidedFuzzTest {
    static {
        FuzzGuard.requireLoopbackOnly();
    }

    /** The watch's window: the 24 bytes before a line's end. */
    private static final int WINDOW = 24;

    @FuzzTest(maxDuration = "5s")
    public void greetingCapabilityAndLiterals(FuzzedDataProvider data) {
        int piece = data.consumeInt(0, 64);
        byte[] wire = data.consumeRemainingAsBytes();
        Expected expected = Expected.of(wire);
        LiteralWatch watch = new LiteralWatch();
        InputStream guard = watch.watch(new ByteArrayInputStream(wire));
        ByteArrayOutputStream passed = new ByteArrayOutputStream();
        long refusedAt = -1;
        try {
            byte[] buffer = new byte[Math.max(1, piece)];
            while (true) {
                int n;
                if (piece == 0) {
                    int b = guard.read();
                    n = b < 0 ? -1 : 1;
                    buffer[0] = (byte) b;
                } else {
                    n = guard.read(buffer, 0, buffer.length);
                }
                if (n < 0) {
                    break;
                }
                passed.write(buffer, 0, n);
            }
        } catch (LiteralWatch.OversizedLiteralException e) {
            refusedAt = watch.refusedLiteral();
            assertTrue(e.getMessage().startsWith("the server announced a literal of "), e.getMessage());
        } catch (IOException e) {
            throw new AssertionError("only an oversized literal is refused", e);
        }
        if (expected.refusedLine < 0) {
            assertEquals(-1, refusedAt, "refused a literal no reading of RFC 9051 finds too large");
            assertArrayEquals(wire, passed.toByteArray(), "bytes passed on unchanged");
        } else {
            assertTrue(refusedAt > LiteralWatch.MAX_LITERAL, "missed a literal of " + expected.announced);
            int newline = expected.refusedEnd - 1;
            assertTrue(passed.size() <= newline && newline < passed.size() + Math.max(1, piece),
                    "refused in the read that brought the end of the line that announced it");
            assertArrayEquals(Arrays.copyOf(wire, passed.size()), passed.toByteArray(), "bytes passed on unchanged");
            for (String text : expected.errors.subList(Math.max(0, expected.errors.size() - 8), expected.errors.size())) {
                assertTrue(watch.saidError(text), "forgot -ERR " + text);
            }
            return;
        }
        List<String> kept = expected.errors.subList(Math.max(0, expected.errors.size() - 8), expected.errors.size());
        for (String text : kept) {
            assertTrue(watch.saidError(text), "forgot -ERR " + text);
        }
        assertEquals(!expected.errors.isEmpty(), watch.saidError("login failed"),
                "Angus' 'login failed' is a refusal only after -ERR");

        // the server's bytes in the transcript can never say the password went out (only our own commands do)
        Transcript transcript = new Transcript(Redactor.none());
        try (PrintStream trace = TranscriptStream.into(transcript)) {
            trace.write(wire, 0, wire.length);
        }
        for (MailboxProtocol protocol : MailboxProtocol.values()) {
            AtomicBoolean loginSent = new AtomicBoolean();
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            LoginCommandWatch.Tap tap = new LoginCommandWatch(protocol, loginSent).tap(sent);
            try {
                tap.write(wire, 0, wire.length);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertArrayEquals(wire, sent.toByteArray(), "our commands pass unchanged");
            String upper = new String(wire, StandardCharsets.ISO_8859_1).toUpperCase(java.util.Locale.ROOT);
            if (loginSent.get()) {
                assertTrue(java.util.stream.Stream.of("LOGIN", "AUTHENTICATE", "PASS", "APOP", "AUTH").anyMatch(upper::contains),
                        "the password goes out only after a login command");
            }
        }
    }

    /** What the bytes say, read line by line from RFC 9051 and the watch's documented limits. */
    private static final class Expected {
        long refusedLine = -1;
        int refusedEnd;
        String announced = "";
        final List<String> errors = new ArrayList<>();

        static Expected of(byte[] wire) {
            Expected e = new Expected();
            int start = 0;
            for (int i = 0; i < wire.length; i++) {
                if (wire[i] != '\n') {
                    continue;
                }
                byte[] line = Arrays.copyOfRange(wire, start, i);
                String head = new String(line, 0, Math.min(200, line.length), StandardCharsets.UTF_8);
                if (head.startsWith("-ERR")) {
                    e.errors.add(head.trim().substring(4).trim());
                }
                if (tooLarge(line, e)) {
                    e.refusedLine = start;
                    e.refusedEnd = i + 1;
                    return e; // nothing after the refused line is read
                }
                start = i + 1;
            }
            return e;
        }

        private static boolean tooLarge(byte[] line, Expected e) {
            int end = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
            if (end < 1 || line[end - 1] != '}') {
                return false;
            }
            int digitsEnd = end >= 2 && line[end - 2] == '+' ? end - 2 : end - 1;
            int digitsStart = digitsEnd;
            while (digitsStart > 0 && line[digitsStart - 1] >= '0' && line[digitsStart - 1] <= '9') {
                digitsStart--;
            }
            if (digitsStart == digitsEnd) {
                return false;
            }
            e.announced = new String(line, digitsStart, digitsEnd - digitsStart, StandardCharsets.US_ASCII);
            // more digits than the window shows: no server pads a literal's size so, and it cannot be read as one
            int visible = WINDOW - (line.length - digitsEnd);
            if (line.length > WINDOW && digitsEnd - digitsStart >= visible) {
                return true;
            }
            boolean literal = digitsStart > 0 && line[digitsStart - 1] == '{';
            return literal && new BigInteger(e.announced).compareTo(BigInteger.valueOf(LiteralWatch.MAX_LITERAL)) > 0;
        }
    }
}
