package org.outboxdoctor.probe.dns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.diagnosis.EvidenceLines;
import org.outboxdoctor.probe.dnsbl.DnsblCatalog;
import org.outboxdoctor.probe.dnsbl.DnsblProbe;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.settings.IpLiteral;
import org.outboxdoctor.testing.FuzzGuard;
import org.xbill.DNS.Message;
import org.xbill.DNS.Type;

/**
 * Coverage-guided (Jazzer): DNS answers as the app reads them, wire bytes through dnsjava's parser into
 * {@link DnsProbe}'s reading and the blocklist's. dnsjava may refuse the bytes (an IOException, which the probe
 * reports as an unreadable answer); what it accepts never makes our reading throw, an address we take is a real one
 * of the family asked, and a blocklist never says "listed" for anything but a 127/8 answer that is not an error code.
 *
 * <p>Seeds (real answers made with dnsjava, see the files' names) and saved crashes:
 * src/test/resources/org/outboxdoctor/probe/dns/DnsAnswerGuidedFuzzTestInputs/.
 */
public class DnsAnswerGuidedFuzzTest {
    private static final EvidenceLines ENGLISH = new EvidenceLines(Locale.ENGLISH);
    private static final int[] TYPES = {Type.A, Type.AAAA, Type.MX, Type.TXT, Type.SRV, Type.CNAME};
    private static final DnsProbe PROBE = loopbackProbe();
    private static final List<DnsblZone> ZONES = DnsblCatalog.load().defaults();

    private static DnsProbe loopbackProbe() {
        FuzzGuard.requireLoopbackOnly();
        try {
            return DnsProbe.using("127.0.0.1:53", Duration.ofSeconds(1));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** First byte: which question the answer is for; the rest: the answer as it came over the wire. */
    @FuzzTest(maxDuration = "5s")
    public void answer(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int type = TYPES[Byte.toUnsignedInt(input[0]) % TYPES.length];
        DnsLookup lookup = read(Arrays.copyOfRange(input, 1, input.length), type);
        if (lookup == null) {
            return;
        }
        assertNotNull(lookup.describe());
        if (lookup.outcome() == DnsOutcome.ANSWER) {
            assertFalse(lookup.records().isEmpty(), "an answer with nothing in it");
            for (String record : lookup.records()) {
                if (type == Type.A) {
                    assertTrue(record.startsWith("CNAME ") || IpLiteral.parse(record).orElse(null) instanceof Inet4Address,
                            () -> "not an IPv4 address: '" + record + "'");
                } else if (type == Type.AAAA) {
                    assertTrue(record.startsWith("CNAME ") || IpLiteral.parse(record).orElse(null) instanceof Inet6Address,
                            () -> "not an IPv6 address: '" + record + "'");
                }
            }
        }
    }

    /** The answer to a blocklist's A question, read by every zone of the shipped catalogue. */
    @FuzzTest(maxDuration = "5s")
    public void blocklistAnswer(byte[] wire) {
        DnsLookup lookup = read(wire, Type.A);
        if (lookup == null) {
            return;
        }
        for (DnsblZone zone : ZONES) {
            DnsblResult result = DnsblProbe.interpret("192.0.2.7", zone, lookup);
            String meaning = ENGLISH.listingMeaning(result);
            assertFalse(meaning.isBlank(), "a meaning in words");
            if (result.status() == ListingStatus.LISTED || result.status() == ListingStatus.POLICY_LISTED) {
                assertFalse(result.answers().isEmpty(), "listed without an answer");
                for (String answer : result.answers()) {
                    assertTrue(IpLiteral.parse(answer).orElse(null) instanceof Inet4Address && answer.startsWith("127.")
                            && !answer.equals("127.0.0.1") && !answer.startsWith("127.255.255."), "listed on " + answer);
                }
            } else if (result.status() == ListingStatus.UNCHECKED) {
                assertNotNull(result.unreadable(), "an unchecked result says why");
                assertTrue(meaning.startsWith("could not check"), meaning);
            }
        }
    }

    private static DnsLookup read(byte[] wire, int type) {
        Message response;
        try {
            response = new Message(wire);
        } catch (IOException refusedByDnsjava) {
            return null;
        }
        return PROBE.answered("mail.example.test", type, Type.string(type), response, System.nanoTime());
    }
}
