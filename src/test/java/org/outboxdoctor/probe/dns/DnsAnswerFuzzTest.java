package org.outboxdoctor.probe.dns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.EvidenceLines;
import org.outboxdoctor.probe.dnsbl.DnsblProbe;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.settings.IpLiteral;
import org.outboxdoctor.testing.Mutator;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * DNS answers as the app reads them: wire bytes a server could send (well-formed answers with aliases, loops,
 * every rcode, then bit flips, cuts and random bytes) through dnsjava's parser into {@link DnsProbe}'s reading
 * and the blocklist's. dnsjava may refuse the bytes (an IOException, which the probe reports as an unreadable
 * answer); what it accepts never makes our reading throw, and an address we take is a real one.
 */
class DnsAnswerFuzzTest {
    private static final int[] TYPES = {Type.A, Type.AAAA, Type.MX, Type.TXT, Type.SRV, Type.CNAME};

    @Test
    void anyAnswerIsReadOrRefusedByTheParser() throws Exception {
        DnsProbe probe = DnsProbe.using("127.0.0.1:53", Duration.ofSeconds(1));
        DnsblZone zone = new DnsblZone("zen.example", "Example", "", "https://x/{ip}", Map.of("127.0.0.2", "spam"), List.of());
        Random random = new Random(4409);
        int parsed = 0;
        for (int i = 0; i < Mutator.cases(); i++) {
            int type = TYPES[random.nextInt(TYPES.length)];
            byte[] wire = answer(random, type).toWire();
            if (random.nextInt(4) != 0) {
                wire = Mutator.mutate(random, wire);
            }
            Message response;
            try {
                response = new Message(wire);
            } catch (IOException refusedByDnsjava) {
                continue;
            }
            parsed++;
            DnsLookup lookup = probe.answered("mail.example.test", type, Type.string(type), response, System.nanoTime());
            assertNotNull(lookup.outcome(), "case " + i);
            assertNotNull(lookup.describe(), "case " + i);
            if (lookup.outcome() == DnsOutcome.ANSWER && (type == Type.A || type == Type.AAAA)) {
                for (String record : lookup.records()) {
                    assertTrue(record.startsWith("CNAME ") || IpLiteral.parse(record).isPresent(), "case " + i + ": " + record);
                }
            }
            assertFalse(new EvidenceLines(Locale.FRENCH).listingMeaning(DnsblProbe.interpret("127.0.0.2", zone, lookup)).isBlank(),
                    "case " + i);
        }
        assertTrue(parsed > Mutator.cases() / 4, "most cases reach our reading: " + parsed);
    }

    @Test
    void regressionAliasLoopsEndAsALoop() throws Exception {
        DnsProbe probe = DnsProbe.using("127.0.0.1:53", Duration.ofSeconds(1));
        Message m = new Message();
        m.getHeader().setFlag(Flags.QR);
        Name a = Name.fromString("mail.example.test.");
        Name b = Name.fromString("relay.example.test.");
        m.addRecord(Record.newRecord(a, Type.A, DClass.IN), Section.QUESTION);
        for (int i = 0; i < 20; i++) {
            m.addRecord(new CNAMERecord(i % 2 == 0 ? a : b, DClass.IN, 60, i % 2 == 0 ? b : a), Section.ANSWER);
        }
        DnsLookup lookup = probe.answered("mail.example.test", Type.A, "A", new Message(m.toWire()), System.nanoTime());
        assertTrue(lookup.outcome() == DnsOutcome.CNAME_LOOP, lookup.describe());
    }

    private static Message answer(Random random, int type) throws Exception {
        Message m = new Message();
        m.getHeader().setFlag(Flags.QR);
        int[] rcodes = {Rcode.NOERROR, Rcode.NOERROR, Rcode.NXDOMAIN, Rcode.SERVFAIL, Rcode.REFUSED, Rcode.FORMERR};
        m.getHeader().setRcode(rcodes[random.nextInt(rcodes.length)]);
        Name asked = Name.fromString("mail.example.test.");
        m.addRecord(Record.newRecord(asked, type, DClass.IN), Section.QUESTION);
        Name owner = asked;
        for (int r = random.nextInt(6); r > 0; r--) {
            Name next = Name.fromString((random.nextBoolean() ? "mail" : "alias" + random.nextInt(3)) + ".example.test.");
            Record record = switch (random.nextInt(7)) {
                case 0 -> new CNAMERecord(owner, DClass.IN, 60, next);
                case 1 -> new AAAARecord(owner, DClass.IN, 60, InetAddress.getByAddress(bytes(random, 16)));
                case 2 -> new MXRecord(owner, DClass.IN, 60, random.nextInt(65536), next);
                case 3 -> new TXTRecord(owner, DClass.IN, 60, "v=" + random.nextLong());
                case 4 -> new SRVRecord(owner, DClass.IN, 60, 0, 0, random.nextInt(65536), next);
                default -> new ARecord(owner, DClass.IN, 60, InetAddress.getByAddress(bytes(random, 4)));
            };
            m.addRecord(record, Section.ANSWER);
            if (record instanceof CNAMERecord) {
                owner = next;
            }
        }
        return m;
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
