package org.outboxdoctor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.EvidenceLines;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.Transcript;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.dnsbl.DnsblProbe;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.probe.smtp.EhloCapabilities;
import org.outboxdoctor.probe.smtp.SmtpConversation;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.probe.smtp.SmtpStepException;
import org.outboxdoctor.testing.MemorySocket;

/**
 * Seeded random input against the parsers that read what servers send: thousands of cases per run, the
 * same ones every run (the seed is printed in failures), and never an exception other than the typed ones.
 */
class ParserFuzzTest {
    static final int CASES = Integer.getInteger("outboxdoctor.fuzzCases", 5000);
    private static final Set<FailureKind> TYPED = EnumSet.of(FailureKind.GARBAGE, FailureKind.OVERSIZED, FailureKind.CLOSED);

    @Test
    void wellFormedRepliesAreReadBackExactly() throws Exception {
        Random random = new Random(5321);
        for (int i = 0; i < CASES; i++) {
            int code = 200 + random.nextInt(400);
            List<String> lines = new ArrayList<>();
            int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 5);
            StringBuilder wire = new StringBuilder();
            for (int l = 0; l < count; l++) {
                String text = printable(random, random.nextInt(120));
                lines.add(text);
                wire.append(code).append(l == count - 1 ? ' ' : '-').append(text).append(random.nextBoolean() ? "\r\n" : "\n");
            }
            SmtpReply reply = conversation(wire.toString().getBytes(StandardCharsets.UTF_8)).read("fuzz");
            assertEquals(code, reply.code(), "case " + i);
            assertEquals(lines, reply.lines(), "case " + i);
        }
    }

    @Test
    void anyBytesGiveAReplyOrATypedFailure() {
        Random random = new Random(1870);
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = hostileBytes(random);
            try {
                SmtpReply reply = conversation(bytes).read("fuzz");
                assertTrue(reply.code() >= 0 && reply.code() <= 999, "case " + i);
                assertNotNull(reply.text());
                EhloCapabilities.parse(reply);
                reply.enhanced();
            } catch (SmtpStepException e) {
                assertTrue(TYPED.contains(e.failure().kind()), "case " + i + ": " + e.failure());
                assertNotNull(e.failure().describe());
            } catch (java.io.IOException e) {
                throw new AssertionError("case " + i, e);
            }
        }
    }

    @Test
    void ehloParserTakesAnyCapabilityLines() {
        Random random = new Random(3207);
        String[] words = {"AUTH", "AUTH=", "SIZE", "STARTTLS", "PIPELINING", "8BITMIME", "X-", "", " ", "=", "SIZE 99999999999999999999"};
        for (int i = 0; i < CASES; i++) {
            List<String> lines = new ArrayList<>();
            lines.add(printable(random, 30));
            for (int l = random.nextInt(30); l > 0; l--) {
                lines.add(words[random.nextInt(words.length)] + (random.nextBoolean() ? " " : "") + printable(random, random.nextInt(40)));
            }
            EhloCapabilities caps = EhloCapabilities.parse(new SmtpReply(250, lines));
            assertTrue(caps.size().isEmpty() || caps.size().getAsLong() >= 0, "case " + i);
        }
    }

    @Test
    void blocklistAnswersAreReadWithoutSurprises() {
        Random random = new Random(5782);
        DnsblZone zone = new DnsblZone("zen.example", "Example", "", "https://x/{ip}",
                Map.of("127.0.0.2", "spam"), List.of("127.0.0.10"));
        DnsOutcome[] outcomes = DnsOutcome.values();
        for (int i = 0; i < CASES; i++) {
            List<String> records = new ArrayList<>();
            for (int r = random.nextInt(4); r > 0; r--) {
                records.add(random.nextInt(3) == 0 ? printable(random, 12)
                        : (random.nextBoolean() ? 127 : random.nextInt(256)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                        + random.nextInt(256));
            }
            DnsOutcome outcome = outcomes[random.nextInt(outcomes.length)];
            DnsLookup lookup = new DnsLookup("2.0.0.127.zen.example", "A", outcome, "", records, "test", 1, "");
            DnsblResult result = DnsblProbe.interpret("127.0.0.2", zone, lookup);
            if (result.status() == ListingStatus.LISTED || result.status() == ListingStatus.POLICY_LISTED) {
                assertTrue(records.stream().allMatch(a -> a.startsWith("127.") && !a.startsWith("127.255.255.")
                        && !a.equals("127.0.0.1")), "case " + i + " listed on " + records);
            }
            assertFalse(new EvidenceLines(Locale.GERMAN).listingMeaning(result).isBlank(), "case " + i);
        }
    }

    private static SmtpConversation conversation(byte[] serverBytes) throws java.io.IOException {
        Endpoint endpoint = new Endpoint("fuzz.test", InetAddress.getLoopbackAddress(), 25, 25);
        return new SmtpConversation(new MemorySocket(serverBytes), endpoint, new Transcript(Redactor.none()),
                Deadline.in(Duration.ofSeconds(30)), Duration.ofSeconds(10), new Cancellation());
    }

    private static byte[] hostileBytes(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int kind = random.nextInt(6);
        switch (kind) {
            case 0 -> {
                byte[] b = new byte[random.nextInt(300)];
                random.nextBytes(b);
                out.writeBytes(b);
            }
            case 1 -> out.writeBytes(("250-" + "x".repeat(random.nextInt(40_000)) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            case 2 -> {
                for (int l = random.nextInt(1200); l > 0; l--) {
                    out.writeBytes("250-LINE\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            case 3 -> out.writeBytes(("250-a\r\n" + (200 + random.nextInt(400)) + " b\r\n").getBytes(StandardCharsets.US_ASCII));
            case 4 -> out.writeBytes((random.nextInt(1000) + (random.nextBoolean() ? "-" : " ") + printable(random, 20))
                    .getBytes(StandardCharsets.UTF_8));
            default -> {
                out.writeBytes(("220" + (random.nextBoolean() ? "" : "x")).getBytes(StandardCharsets.US_ASCII));
                if (random.nextBoolean()) {
                    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        return out.toByteArray();
    }

    private static String printable(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextInt(5) == 0 ? 0xA0 + random.nextInt(0x60) : 0x20 + random.nextInt(0x5F)));
        }
        return s.toString();
    }

    @Test
    void addressLookingGarbageIsNeverAnAddress() {
        Random random = new Random(9127);
        String alphabet = "0123456789abcdef:.[]%- xyz";
        for (int i = 0; i < CASES; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(48); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            int n = i;
            org.outboxdoctor.probe.publicip.PublicIpProbe.fromEhlo("250-mail.example.test Hello [" + candidate + "]")
                    .ifPresent(ip -> assertTrue(org.outboxdoctor.settings.IpLiteral.isValid(ip), "case " + n + ": " + ip));
            try {
                org.outboxdoctor.settings.ResolverAddress.parse("--dns", candidate);
            } catch (org.outboxdoctor.settings.InvalidSettingException expected) {
                assertNotNull(expected.getMessage());
            }
        }
    }

    @Test
    void regressionAddressesFromTheRedTeam() {
        for (String garbage : new String[] {"[12:34:56]", "dead:beef", "1:2:3"}) {
            assertTrue(org.outboxdoctor.probe.publicip.PublicIpProbe.fromEhlo("250-mx Hello " + garbage).isEmpty(), garbage);
            assertTrue(org.outboxdoctor.settings.IpLiteral.parse(garbage.replace("[", "").replace("]", "")).isEmpty(), garbage);
        }
    }
}
