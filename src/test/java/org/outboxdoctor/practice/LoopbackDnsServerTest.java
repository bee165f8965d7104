package org.outboxdoctor.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoopbackDnsServerTest {

    private LoopbackDnsServer dns;

    @BeforeEach
    void start() {
        dns = LoopbackDnsServer.start();
    }

    @AfterEach
    void stop() {
        dns.close();
        assertEquals(List.of(), PracticeThreads.alive(), "threads left running after close()");
    }

    @Test
    void bindsUdpAndTcpOnOneLoopbackPort() throws IOException {
        assertTrue(dns.port() > 0);
        assertEquals("127.0.0.1:" + dns.port(), dns.hostPort());
        dns.a("mail.example.test", "192.0.2.10");
        Message udp = query(resolver(), "mail.example.test", Type.A);
        SimpleResolver tcp = resolver();
        tcp.setTCP(true);
        Message overTcp = query(tcp, "mail.example.test", Type.A);
        assertEquals(addresses(udp), addresses(overTcp));
        assertEquals(1, dns.tcpQueryCount());
    }

    @Test
    void runsOnNamedDaemonThreadsSoLeaksAreVisible() {
        List<Thread> running = PracticeThreads.alive();
        assertFalse(running.isEmpty());
        assertTrue(running.stream().allMatch(t -> t.isDaemon() && t.getName().startsWith("practice-dns-")), running.toString());
    }

    @Test
    void answersTooBigForUdpAreTruncatedAndRetriedOverTcp() throws IOException {
        for (int i = 0; i < 20; i++) {
            dns.txt("big.example.test", String.format("%02d", i) + "x".repeat(98));
        }
        Message reply = query(resolver(), "big.example.test", Type.TXT);
        assertEquals(20, answers(reply, TXTRecord.class).size());
        assertEquals(1, dns.tcpQueryCount());
    }

    @Test
    void answersARecordsAuthoritatively() throws IOException {
        dns.a("mail.example.test", "192.0.2.10", "192.0.2.11");
        Message reply = query(resolver(), "mail.example.test", Type.A);
        assertEquals(Rcode.NOERROR, reply.getRcode());
        assertTrue(reply.getHeader().getFlag(Flags.AA));
        assertEquals(Set.of("192.0.2.10", "192.0.2.11"), addresses(reply));
    }

    @Test
    void namesAreCaseInsensitiveAndMayBeRelativeOrAbsolute() throws IOException {
        dns.a("Smtp.Example.TEST", "192.0.2.25").a("imap.example.test.", "192.0.2.26");
        assertEquals(Set.of("192.0.2.25"), addresses(query(resolver(), "SMTP.example.test.", Type.A)));
        assertEquals(Set.of("192.0.2.26"), addresses(query(resolver(), "imap.EXAMPLE.test", Type.A)));
    }

    @Test
    void answersAaaaMxSrvAndTxt() throws IOException {
        dns.aaaa("mail.example.test", "2001:db8::25")
                .mx("example.test", 10, "mail.example.test")
                .mx("example.test", 20, "backup.example.test")
                .srv("_submission._tcp.example.test", 0, 1, 587, "smtp.example.test")
                .txt("example.test", "v=spf1 mx -all");

        Message aaaa = query(resolver(), "mail.example.test", Type.AAAA);
        assertEquals(InetAddress.getByName("2001:db8::25").getHostAddress(),
                aaaa.getSection(Section.ANSWER).get(0).rdataToString());

        List<MXRecord> mx = answers(query(resolver(), "example.test", Type.MX), MXRecord.class);
        assertEquals(2, mx.size());
        assertEquals(10, mx.get(0).getPriority());
        assertEquals(Name.fromString("mail.example.test."), mx.get(0).getTarget());

        List<SRVRecord> srv = answers(query(resolver(), "_submission._tcp.example.test", Type.SRV), SRVRecord.class);
        assertEquals(1, srv.size());
        assertEquals(587, srv.get(0).getPort());
        assertEquals(1, srv.get(0).getWeight());
        assertEquals(Name.fromString("smtp.example.test."), srv.get(0).getTarget());

        List<TXTRecord> txt = answers(query(resolver(), "example.test", Type.TXT), TXTRecord.class);
        assertEquals(List.of("v=spf1 mx -all"), txt.get(0).getStrings());
    }

    @Test
    void followsCnameToKnownTarget() throws IOException {
        dns.cname("smtp.example.test", "mail.example.test").a("mail.example.test", "192.0.2.10");
        Message reply = query(resolver(), "smtp.example.test", Type.A);
        List<Record> answer = reply.getSection(Section.ANSWER);
        assertEquals(2, answer.size());
        assertEquals(Name.fromString("mail.example.test."), ((CNAMERecord) answer.get(0)).getTarget());
        assertEquals("192.0.2.10", ((ARecord) answer.get(1)).getAddress().getHostAddress());

        List<Record> cnameOnly = query(resolver(), "smtp.example.test", Type.CNAME).getSection(Section.ANSWER);
        assertEquals(1, cnameOnly.size());
        assertEquals(Type.CNAME, cnameOnly.get(0).getType());
    }

    @Test
    void cnameToUnknownTargetIsJustTheAlias() throws IOException {
        dns.cname("smtp.example.test", "smtp.elsewhere.test");
        Message reply = query(resolver(), "smtp.example.test", Type.A);
        assertEquals(Rcode.NOERROR, reply.getRcode());
        assertEquals(List.of(Type.CNAME), types(reply));
    }

    @Test
    void unknownNameIsNxdomainWithAa() throws IOException {
        dns.a("mail.example.test", "192.0.2.10");
        Message reply = query(resolver(), "nosuch.example.test", Type.A);
        assertEquals(Rcode.NXDOMAIN, reply.getRcode());
        assertTrue(reply.getHeader().getFlag(Flags.AA));
        assertTrue(reply.getSection(Section.ANSWER).isEmpty());
    }

    @Test
    void knownNameWithoutThatTypeIsNodata() throws IOException {
        dns.a("mail.example.test", "192.0.2.10")
                .srv("_submission._tcp.example.test", 0, 1, 587, "mail.example.test");
        Message nodata = query(resolver(), "mail.example.test", Type.MX);
        assertEquals(Rcode.NOERROR, nodata.getRcode());
        assertTrue(nodata.getSection(Section.ANSWER).isEmpty());
        // An ancestor of a name with records exists too (an empty non-terminal), as in real zones.
        assertEquals(Rcode.NOERROR, query(resolver(), "_tcp.example.test", Type.SRV).getRcode());
    }

    @Test
    void servfailAndRefused() throws IOException {
        dns.a("broken.example.test", "192.0.2.1").servfail("broken.example.test").refused("closed.example.test");
        assertEquals(Rcode.SERVFAIL, query(resolver(), "broken.example.test", Type.A).getRcode());
        assertEquals(Rcode.REFUSED, query(resolver(), "closed.example.test", Type.MX).getRcode());
        dns.clearFaults("broken.example.test");
        assertEquals(Set.of("192.0.2.1"), addresses(query(resolver(), "broken.example.test", Type.A)));
    }

    @Test
    void droppedQueriesTimeOutButAreCounted() {
        dns.a("slow.example.test", "192.0.2.1").drop("slow.example.test");
        long started = System.nanoTime();
        assertThrows(IOException.class, () -> query(resolver(), "slow.example.test", Type.A));
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(900));
        assertTrue(dns.queryCount() >= 1);
        assertTrue(dns.queries().contains("slow.example.test A"), dns.queries().toString());
    }

    @Test
    void delayedAnswerDoesNotHoldUpOthers() throws Exception {
        dns.a("slow.example.test", "192.0.2.1").delay("slow.example.test", Duration.ofMillis(1500))
                .a("fast.example.test", "192.0.2.2");
        SimpleResolver resolver = resolver();
        resolver.setTimeout(Duration.ofSeconds(5));
        long started = System.nanoTime();
        CompletableFuture<Message> slow = resolver.sendAsync(newQuery("slow.example.test", Type.A)).toCompletableFuture();
        Message fast = query(resolver(), "fast.example.test", Type.A);
        long fastMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(Set.of("192.0.2.2"), addresses(fast));
        assertFalse(slow.isDone(), "the fast answer came " + fastMillis + " ms after the slow query");
        assertEquals(Set.of("192.0.2.1"), addresses(slow.get(5, TimeUnit.SECONDS)));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) >= 1450);
    }

    @Test
    void truncatedOverUdpCompleteOverTcp() throws IOException {
        dns.mx("big.example.test", 10, "mx1.example.test").truncate("big.example.test");

        SimpleResolver udpOnly = resolver();
        udpOnly.setIgnoreTruncation(true);
        Message truncated = query(udpOnly, "big.example.test", Type.MX);
        assertTrue(truncated.getHeader().getFlag(Flags.TC));
        assertTrue(truncated.getSection(Section.ANSWER).isEmpty());
        assertEquals(0, dns.tcpQueryCount());

        // dnsjava retries over TCP by itself on TC, as every real stub resolver does.
        Message full = query(resolver(), "big.example.test", Type.MX);
        assertFalse(full.getHeader().getFlag(Flags.TC));
        assertEquals(1, answers(full, MXRecord.class).size());
        assertEquals(1, dns.tcpQueryCount());
        assertEquals(List.of("big.example.test MX", "big.example.test MX", "big.example.test MX"), dns.queries());
    }

    @Test
    void recordsCanChangeWhileRunning() throws IOException {
        assertEquals(Rcode.NXDOMAIN, query(resolver(), "late.example.test", Type.A).getRcode());
        dns.a("late.example.test", "192.0.2.9");
        assertEquals(Set.of("192.0.2.9"), addresses(query(resolver(), "late.example.test", Type.A)));
        dns.remove("late.example.test");
        assertEquals(Rcode.NXDOMAIN, query(resolver(), "late.example.test", Type.A).getRcode());
        assertEquals(3, dns.queryCount());
    }

    // ---- helpers ----

    private SimpleResolver resolver() throws IOException {
        SimpleResolver resolver = new SimpleResolver(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        resolver.setPort(dns.port());
        resolver.setTimeout(Duration.ofSeconds(1));
        return resolver;
    }

    private static Message newQuery(String name, int type) throws IOException {
        return Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), type, DClass.IN));
    }

    private static Message query(SimpleResolver resolver, String name, int type) throws IOException {
        return resolver.send(newQuery(name, type));
    }

    private static Set<String> addresses(Message reply) {
        return answers(reply, ARecord.class).stream()
                .map(a -> a.getAddress().getHostAddress())
                .collect(Collectors.toSet());
    }

    private static List<Integer> types(Message reply) {
        return reply.getSection(Section.ANSWER).stream().map(Record::getType).collect(Collectors.toList());
    }

    private static <T extends Record> List<T> answers(Message reply, Class<T> type) {
        return reply.getSection(Section.ANSWER).stream()
                .filter(type::isInstance)
                .map(type::cast)
                .collect(Collectors.toList());
    }
}
