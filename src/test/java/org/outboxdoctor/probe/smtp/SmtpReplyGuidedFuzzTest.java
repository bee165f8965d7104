package org.outboxdoctor.probe.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.Transcript;
import org.outboxdoctor.probe.publicip.PublicIpProbe;
import org.outboxdoctor.settings.IpLiteral;
import org.outboxdoctor.testing.FuzzGuard;
import org.outboxdoctor.testing.MemorySocket;

/**
 * Coverage-guided (Jazzer): any bytes a server sends, read as SMTP replies one after another as a pipelined group
 * is, then as an EHLO reply. Every reply the conversation reads is exactly the one an independent reading of RFC
 * 5321 section 4.2 finds (three ASCII digits, "-" or " ", the same code on every line), and every refusal is the
 * one it predicts (GARBAGE, OVERSIZED or CLOSED). From an EHLO reply, a size is never negative and an address
 * taken from the greeting is a real one.
 *
 * <p>Seeds and saved crashes: src/test/resources/org/outboxdoctor/probe/smtp/SmtpReplyGuidedFuzzTestInputs/.
 */
public class SmtpReplyGuidedFuzzTest {
    static {
        FuzzGuard.requireLoopbackOnly();
    }

    @FuzzTest(maxDuration = "5s")
    public void repliesAndEhlo(byte[] wire) throws IOException {
        List<Object> expected = Rfc5321Reading.of(wire);
        SmtpConversation conversation = new SmtpConversation(new MemorySocket(wire),
                new Endpoint("fuzz.test", InetAddress.getLoopbackAddress(), 25, 25), new Transcript(Redactor.none()),
                Deadline.in(Duration.ofSeconds(30)), Duration.ofSeconds(10), new Cancellation());
        for (Object next : expected) {
            if (next instanceof SmtpReply want) {
                SmtpReply reply = assertReply(conversation, want);
                EhloCapabilities caps = EhloCapabilities.parse(reply);
                assertTrue(caps.size().isEmpty() || caps.size().getAsLong() >= 0, () -> "a negative SIZE: " + reply);
                assertNotNull(caps.authMechanisms());
                reply.enhanced().ifPresent(e -> assertTrue(e.matches("[245]\\.\\d{1,3}\\.\\d{1,3}"), e));
                if (!reply.lines().isEmpty()) {
                    PublicIpProbe.fromEhlo(reply.lines().get(0))
                            .ifPresent(ip -> assertTrue(IpLiteral.isValid(ip), () -> "not an address: " + ip));
                }
            } else {
                FailureKind kind = (FailureKind) next;
                try {
                    SmtpReply reply = conversation.read("fuzz");
                    throw new AssertionError("read " + reply + " where RFC 5321 reads " + kind);
                } catch (SmtpStepException e) {
                    assertEquals(kind, e.failure().kind(), () -> e.failure().describe());
                    assertNotNull(e.failure().describe());
                }
            }
        }
    }

    private static SmtpReply assertReply(SmtpConversation conversation, SmtpReply want) {
        try {
            SmtpReply reply = conversation.read("fuzz");
            assertEquals(want, reply);
            return reply;
        } catch (SmtpStepException e) {
            throw new AssertionError("refused (" + e.failure().describe() + ") where RFC 5321 reads " + want, e);
        }
    }

    /** The reading the conversation must agree with, written from the RFC rather than from the conversation. */
    static final class Rfc5321Reading {
        private Rfc5321Reading() {
        }

        /** The replies in order, ending with the failure kind the next read meets. */
        static List<Object> of(byte[] wire) {
            List<Object> out = new ArrayList<>();
            int at = 0;
            int code = -1;
            List<String> lines = new ArrayList<>();
            while (true) {
                int end = at;
                while (end < wire.length && wire[end] != '\n' && end - at < SmtpConversation.MAX_LINE_BYTES) {
                    end++;
                }
                if (end == wire.length) {
                    out.add(end > at ? FailureKind.GARBAGE : FailureKind.CLOSED);
                    return out;
                }
                if (wire[end] != '\n') {
                    out.add(FailureKind.OVERSIZED);
                    return out;
                }
                int stop = end > at && wire[end - 1] == '\r' ? end - 1 : end;
                String line = new String(wire, at, stop - at, StandardCharsets.UTF_8);
                at = end + 1;
                boolean shaped = line.length() >= 3
                        && ascii(line.charAt(0)) && ascii(line.charAt(1)) && ascii(line.charAt(2))
                        && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '-');
                if (!shaped || (code != -1 && code != Integer.parseInt(line.substring(0, 3)))) {
                    out.add(FailureKind.GARBAGE);
                    return out;
                }
                code = Integer.parseInt(line.substring(0, 3));
                lines.add(line.length() > 4 ? line.substring(4) : "");
                if (line.length() == 3 || line.charAt(3) == ' ') {
                    out.add(new SmtpReply(code, lines));
                    code = -1;
                    lines = new ArrayList<>();
                } else if (lines.size() >= SmtpConversation.MAX_REPLY_LINES) {
                    out.add(FailureKind.OVERSIZED);
                    return out;
                }
            }
        }

        private static boolean ascii(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
