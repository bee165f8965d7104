package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.cli.OutboxDoctorCli;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.outboxdoctor.practice.LoopbackDnsServer;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.practice.SmtpBehaviour;
import org.outboxdoctor.testing.TestPki;
import org.outboxdoctor.practice.RefusedPort;

/**
 * Servers that misbehave in every way we could think of: each run ends within its deadline, with a clear
 * finding and the evidence, no stack trace and no thread left behind.
 */
class HostilePeersTest {
    private static final int TIMEOUT = 6;
    private static final long LIMIT_MILLIS = TIMEOUT * 1000L + 2500;
    private final List<AutoCloseable> peers = new ArrayList<>();

    @AfterEach
    void closePeers() throws Exception {
        for (AutoCloseable p : peers) {
            p.close();
        }
        Thread.sleep(100);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("outbox-doctor-probe")), "a probe thread is left");
    }

    @Test
    void greetingThatNeverComes() {
        JsonObject run = check(25, "none", peer((s, in, out) -> Thread.sleep(60_000)));
        assertServerError(run, "No reply to greeting");
    }

    @Test
    void greetingOneByteASecond() {
        JsonObject run = check(25, "none", peer((s, in, out) -> {
            for (char c : "220 slow.example.test ESMTP ready\r\n".toCharArray()) {
                HostilePeer.write(out, String.valueOf(c));
                Thread.sleep(1000);
            }
        }));
        assertServerError(run, "No reply to greeting");
    }

    @Test
    void aOneMegabyteLine() {
        JsonObject run = check(25, "none", peer((s, in, out) -> HostilePeer.write(out, "220 " + "x".repeat(1_000_000) + "\r\n")));
        assertServerError(run, "oversized");
    }

    @Test
    void tenThousandEhloLines() {
        JsonObject run = check(25, "none", peer((s, in, out) -> {
            HostilePeer.write(out, "220 big.example.test ESMTP\r\n");
            HostilePeer.awaitCommand(in, "EHLO");
            HostilePeer.write(out, "250-LINE\r\n".repeat(10_000) + "250 END\r\n");
            HostilePeer.awaitCommand(in, "QUIT");
        }));
        assertServerError(run, "more than 500 lines");
    }

    @Test
    void randomBytes() {
        JsonObject run = check(25, "none", peer((s, in, out) -> {
            byte[] noise = new byte[4096];
            new Random(8314).nextBytes(noise);
            out.write(noise);
            out.flush();
            Thread.sleep(60_000);
        }));
        assertServerError(run, "not SMTP");
    }

    @Test
    void connectionClosedInTheMiddleOfAReply() {
        JsonObject run = check(25, "none", peer((s, in, out) -> HostilePeer.write(out, "220-first line of two\r\n")));
        assertServerError(run, "closed the connection during greeting");
    }

    @Test
    void connectionClosedInTheMiddleOfStartTls() {
        JsonObject run = check(25, "starttls", peer((s, in, out) -> {
            HostilePeer.write(out, "220 tls.example.test ESMTP\r\n");
            HostilePeer.awaitCommand(in, "EHLO");
            HostilePeer.write(out, "250-tls.example.test\r\n250 STARTTLS\r\n");
            HostilePeer.awaitCommand(in, "STARTTLS");
            HostilePeer.write(out, "220 2.0.0 Ready to start TLS\r\n");
        }));
        assertServerError(run, "STARTTLS handshake");
    }

    @Test
    void connectionClosedInTheMiddleOfAuth() {
        JsonObject run = check(25, "none", peer((s, in, out) -> {
            HostilePeer.write(out, "220 auth.example.test ESMTP\r\n");
            HostilePeer.awaitCommand(in, "EHLO");
            HostilePeer.write(out, "250-auth.example.test\r\n250 AUTH LOGIN\r\n");
            String line;
            while ((line = HostilePeer.readLine(in)) != null && !line.startsWith("AUTH")) {
                HostilePeer.write(out, line.startsWith("RCPT") ? "554 5.7.1 Relay access denied\r\n" : "250 ok\r\n");
            }
            HostilePeer.write(out, "334 VXNlcm5hbWU6\r\n");
            HostilePeer.readLine(in);
        }), "--allow-plaintext-auth");
        assertServerError(run, "closed the connection during AUTH");
        assertEquals(1, run.get("authAttempts").getAsInt());
    }

    @Test
    void tlsHandshakeThatStalls() {
        JsonObject run = check(465, "tls", peer((s, in, out) -> {
            in.read(new byte[512]);
            Thread.sleep(60_000);
        }));
        assertServerError(run, "TLS handshake");
    }

    @Test
    void aCertificateChainOfTwentyCertificates() throws Exception {
        TestPki.Leaf leaf = TestPki.create("Long Chain Root").issue("mail.example.test", "mail.example.test", "127.0.0.1");
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf.chain()));
        for (int i = chain.size(); i < 20; i++) {
            chain.add(TestPki.create("Filler CA " + i).caCertificate());
        }
        // JKS, unlike PKCS12, stores a chain without checking that each certificate signed the one before
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        store.setKeyEntry("server", leaf.key(), "pw".toCharArray(), chain.toArray(X509Certificate[]::new));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "pw".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(SmtpBehaviour.builder().starttls(context).authBeforeTls(false)
                .build())) {
            JsonObject run = check(587, "starttls", server.port());
            // Java refuses chains longer than 10 during the handshake (jdk.tls.maxCertificateChainLength)
            assertServerError(run, "certificate chain length");
            assertEquals(0, run.get("authAttempts").getAsInt());
        }
    }

    @Test
    void truncatedDnsAnswerIsFetchedOverTcp() throws Exception {
        try (LoopbackDnsServer dns = LoopbackDnsServer.start()) {
            dns.a("mail.example.test", "127.0.0.1").truncate("mail.example.test");
            JsonObject run = checkWithDns(dns.hostPort());
            assertEquals("answer", probe(run, "dns").get("status").getAsString(), run.toString());
            assertTrue(dns.tcpQueryCount() > 0);
        }
    }

    @Test
    void servfailIsADnsProblemWithTheRcodeNotAMissingName() throws Exception {
        try (LoopbackDnsServer dns = LoopbackDnsServer.start()) {
            dns.servfail("mail.example.test").servfail("example.test");
            JsonObject run = checkWithDns(dns.hostPort());
            JsonObject top = run.getAsJsonArray("findings").get(0).getAsJsonObject();
            assertEquals("DNS_FAILED", top.get("code").getAsString(), run.toString());
            assertTrue(top.get("evidence").toString().contains("SERVFAIL"));
            assertFalse(run.toString().contains("SERVER_NOT_FOUND"), run.toString());
        }
    }

    @Test
    void aCnameLoopIsADnsProblemNotAMissingName() throws Exception {
        try (LoopbackDnsServer dns = LoopbackDnsServer.start()) {
            dns.cname("mail.example.test", "relay.example.test").cname("relay.example.test", "mail.example.test");
            JsonObject run = checkWithDns(dns.hostPort());
            JsonObject top = run.getAsJsonArray("findings").get(0).getAsJsonObject();
            assertEquals("DNS_FAILED", top.get("code").getAsString(), run.toString());
            assertTrue(top.get("detail").getAsString().contains("CNAME loop"), top.toString());
            assertTrue(top.get("evidence").toString().contains("aliases in a loop"), top.toString());
        }
    }

    @Test
    void malformedDnsAnswersEndAsNoUsableDns() throws Exception {
        try (DatagramSocket garbage = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            Thread responder = new Thread(() -> {
                byte[] buffer = new byte[512];
                Random random = new Random(1035);
                while (!garbage.isClosed()) {
                    try {
                        DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                        garbage.receive(query);
                        byte[] answer = new byte[1 + random.nextInt(60)];
                        random.nextBytes(answer);
                        if (answer.length > 2) {
                            answer[0] = buffer[0];
                            answer[1] = buffer[1];
                        }
                        garbage.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            }, "hostile-dns");
            responder.setDaemon(true);
            responder.start();
            JsonObject run = checkWithDns("127.0.0.1:" + garbage.getLocalPort());
            JsonObject top = run.getAsJsonArray("findings").get(0).getAsJsonObject();
            assertEquals("OFFLINE", top.get("code").getAsString(), run.toString());
            assertEquals("INCOMPLETE", run.get("verdict").getAsString());
        }
    }

    private JsonObject checkWithDns(String dns) {
        return run(List.of("check", "--email", "alice@example.test", "--password-env", "PW", "--dns", dns,
                "--whoami-dns", dns, "--port-map", portMap(0, 0, RefusedPort.allocate()), "--timeout", String.valueOf(TIMEOUT),
                "--json"));
    }

    /** Every standard port refused, but {@code port}, which reaches the peer. */
    private static String portMap(int port, int peerPort, int refused) {
        StringBuilder map = new StringBuilder();
        for (int p : new int[] {25, 465, 587, 2525, 993, 143, 995, 110}) {
            map.append(map.length() == 0 ? "" : ",").append(p).append('=').append(p == port ? peerPort : refused);
        }
        return map.toString();
    }

    private static JsonObject probe(JsonObject run, String id) {
        for (var p : run.getAsJsonArray("probes")) {
            if (p.getAsJsonObject().get("id").getAsString().equals(id)) {
                return p.getAsJsonObject();
            }
        }
        throw new AssertionError("no probe " + id);
    }

    private HostilePeer peer(HostilePeer.Script script) {
        HostilePeer peer = HostilePeer.start(script);
        peers.add(peer);
        return peer;
    }

    private JsonObject check(int port, String security, HostilePeer peer, String... more) {
        return check(port, security, peer.port(), more);
    }

    private JsonObject check(int port, String security, int peerPort, String... more) {
        int refused = RefusedPort.allocate();
        List<String> args = new ArrayList<>(List.of("check", "--email", "alice@example.test", "--password-env", "PW",
                "--server", "127.0.0.1", "--port", String.valueOf(port), "--security", security,
                "--dns", "127.0.0.1:" + refused, "--whoami-dns", "127.0.0.1:" + refused,
                "--port-map", portMap(port, peerPort, refused), "--timeout", String.valueOf(TIMEOUT), "--json"));
        args.addAll(List.of(more));
        return run(args);
    }

    private JsonObject run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int exit = OutboxDoctorCli.run(args.toArray(String[]::new), Map.of("PW", "hostile-test-pw"),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < LIMIT_MILLIS, "the run took " + millis + " ms");
        assertEquals("", err.toString(), "nothing on standard error, no stack trace");
        assertTrue(exit == 1 || exit == 3, "exit " + exit + "\n" + out);
        assertFalse(out.toString().contains("hostile-test-pw"));
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    private static void assertServerError(JsonObject run, String evidence) {
        JsonObject top = run.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("SERVER_ERROR", top.get("code").getAsString(), run.toString());
        assertTrue(top.get("evidence").toString().contains(evidence), "evidence should say \"" + evidence + "\": " + top);
    }
}
