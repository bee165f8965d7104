package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.probe.ConnectionBudget;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeContext;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.smtp.AuthGate;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.RelayCheck;
import org.outboxdoctor.probe.smtp.SmtpPortProbe;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpProbePlan;
import org.outboxdoctor.probe.tls.TrustConfig;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.TestPki;

/**
 * RFC 2920 PIPELINING on the wire, against loopback peers that watch how the commands arrive: a server that
 * offers it gets MAIL FROM, RCPT TO and RSET (and an AUTH that ends the group) in one write, one that does not
 * gets one command per reply, and a server that offers it and then misbehaves mid-group ends in the same typed
 * failure, with the evidence, as without pipelining. Also: the answer to QUIT is not waited for, TLS or not.
 */
class PipeliningPeersTest {
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(2);
    private static final String EHLO_PIPELINING = "250-peer.example.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n";
    private static final String EHLO_PLAIN = "250-peer.example.test\r\n250 8BITMIME\r\n";
    private static final String PASSWORD = "pipelined secret 7";

    private final List<AutoCloseable> peers = new ArrayList<>();

    @AfterEach
    void closePeers() throws Exception {
        for (AutoCloseable p : peers) {
            p.close();
        }
    }

    @Test
    void sendAttemptGoesInOneWriteWhenThePeerOffersPipelining() {
        List<Integer> reads = new CopyOnWriteArrayList<>();
        List<String> received = new CopyOnWriteArrayList<>();
        HostilePeer peer = peer((s, in, out) -> {
            greetAndEhlo(in, out, EHLO_PIPELINING);
            // no reply until all three commands are in: a client waiting for MAIL FROM's reply would time out here
            received.addAll(readLines(in, 3, reads));
            HostilePeer.write(out, "250 2.1.0 Ok\r\n554 5.7.1 <" + Account.DEFAULT_RELAY_RECIPIENT
                    + ">: Relay access denied\r\n250 2.0.0 Ok\r\n");
            HostilePeer.awaitCommand(in, "QUIT");
        });

        SmtpPortResult result = probeUsersPlainPort(peer, null);

        assertNull(result.failure(), () -> String.join("\n", result.transcript()));
        assertEquals(List.of(3), reads, "MAIL FROM, RCPT TO and RSET reached the server in one read");
        assertEquals(List.of("MAIL FROM:<alice@example.test>", "RCPT TO:<" + Account.DEFAULT_RELAY_RECIPIENT + ">", "RSET"),
                received);
        RelayCheck relay = result.unauthenticatedRelay();
        assertEquals(250, relay.mailReply().code());
        assertEquals(554, relay.rcptReply().code());
        assertFalse(relay.accepted());
        assertTrue(relay.decisive().show().contains("Relay access denied"));
        // the transcript shows the wire: the three commands, then the three replies, each in full
        List<String> t = result.transcript();
        int mail = t.indexOf("C: MAIL FROM:<alice@example.test>");
        assertTrue(mail > 0, () -> String.join("\n", t));
        assertEquals("*  PIPELINING: 3 commands sent together", t.get(mail - 1));
        assertEquals(List.of("C: RCPT TO:<" + Account.DEFAULT_RELAY_RECIPIENT + ">", "C: RSET", "S: 250 2.1.0 Ok",
                "S: 554 5.7.1 <" + Account.DEFAULT_RELAY_RECIPIENT + ">: Relay access denied", "S: 250 2.0.0 Ok"),
                t.subList(mail + 1, mail + 6));
    }

    @Test
    void withoutPipeliningEachCommandWaitsForItsReply() {
        List<String> early = new CopyOnWriteArrayList<>();
        HostilePeer peer = peer((s, in, out) -> {
            greetAndEhlo(in, out, EHLO_PLAIN);
            for (String reply : List.of("250 2.1.0 Ok", "554 5.7.1 Relay access denied", "250 2.0.0 Ok")) {
                String command = HostilePeer.readLine(in);
                // anything more before this command is answered would be pipelining without permission
                s.setSoTimeout(300);
                try {
                    int b = in.read();
                    early.add(command + " then " + (b < 0 ? "close" : (char) b));
                } catch (SocketTimeoutException quiet) {
                    // as it should be: the client waits
                }
                s.setSoTimeout(0);
                HostilePeer.write(out, reply + "\r\n");
            }
            HostilePeer.awaitCommand(in, "QUIT");
        });

        SmtpPortResult result = probeUsersPlainPort(peer, null);

        assertNull(result.failure(), () -> String.join("\n", result.transcript()));
        assertEquals(List.of(), early);
        assertEquals(554, result.unauthenticatedRelay().rcptReply().code());
        assertFalse(result.transcript().stream().anyMatch(l -> l.contains("PIPELINING:")));
        List<String> t = result.transcript();
        int mail = t.indexOf("C: MAIL FROM:<alice@example.test>");
        assertEquals(List.of("S: 250 2.1.0 Ok", "C: RCPT TO:<" + Account.DEFAULT_RELAY_RECIPIENT + ">",
                "S: 554 5.7.1 Relay access denied", "C: RSET", "S: 250 2.0.0 Ok"), t.subList(mail + 1, mail + 6));
    }

    @Test
    void authEndsTheGroupOfTheSendAttemptWithoutLogin() {
        List<Integer> reads = new CopyOnWriteArrayList<>();
        List<Integer> afterLogin = new CopyOnWriteArrayList<>();
        List<String> received = new CopyOnWriteArrayList<>();
        HostilePeer peer = peer((s, in, out) -> {
            greetAndEhlo(in, out, "250-peer.example.test\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n");
            received.addAll(readLines(in, 4, reads));
            HostilePeer.write(out, "250 2.1.0 Ok\r\n554 5.7.1 Relay access denied\r\n250 2.0.0 Ok\r\n"
                    + "235 2.7.0 Authentication successful\r\n");
            readLines(in, 3, afterLogin);
            HostilePeer.write(out, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 Ok\r\n");
            HostilePeer.awaitCommand(in, "QUIT");
        });
        AtomicInteger logins = new AtomicInteger();

        SmtpPortResult result = probe(peer, new SmtpProbePlan(endpoint(peer, 587), Security.NONE, false, Security.STARTTLS, true),
                new Account("alice@example.test", "alice@example.test", Secret.of(PASSWORD.toCharArray()),
                        Account.DEFAULT_RELAY_RECIPIENT, true), logins);

        assertNull(result.failure(), () -> String.join("\n", result.transcript()));
        assertEquals(List.of(4), reads, "the send attempt and AUTH went in one write");
        assertEquals("RSET", received.get(2));
        assertTrue(received.get(3).startsWith("AUTH PLAIN "), received.get(3));
        assertEquals(List.of(3), afterLogin);
        assertEquals(1, logins.get());
        assertEquals(554, result.unauthenticatedRelay().rcptReply().code());
        assertEquals(AuthOutcome.ACCEPTED, result.auth().outcome());
        assertTrue(result.canSend());
        assertTrue(result.transcript().contains("C: AUTH PLAIN " + Redactor.MASK));
        assertFalse(String.join("\n", result.transcript()).contains(PASSWORD));
    }

    @Test
    void mailFromRefusedLeavesTheMootRcptReplyInTheTranscriptOnly() {
        HostilePeer peer = peer((s, in, out) -> {
            greetAndEhlo(in, out, EHLO_PIPELINING);
            readLines(in, 3, new ArrayList<>());
            HostilePeer.write(out, "530 5.7.0 Must issue a STARTTLS command first\r\n"
                    + "503 5.5.1 Error: need MAIL command\r\n250 2.0.0 Ok\r\n");
            HostilePeer.awaitCommand(in, "QUIT");
        });

        SmtpPortResult result = probeUsersPlainPort(peer, null);

        assertNull(result.failure());
        RelayCheck relay = result.unauthenticatedRelay();
        assertEquals(530, relay.mailReply().code());
        assertNull(relay.rcptReply(), "as without pipelining, RCPT TO after a refused MAIL FROM is no evidence");
        assertEquals(530, relay.decisive().code());
        assertTrue(result.transcript().contains("S: 503 5.5.1 Error: need MAIL command"), "but what the server said is kept");
    }

    @Test
    void peerThatOffersPipeliningThenClosesMidGroup() {
        HostilePeer peer = peer((s, in, out) -> {
            greetAndEhlo(in, out, EHLO_PIPELINING);
            readLines(in, 3, new ArrayList<>());
            HostilePeer.write(out, "250 2.1.0 Ok\r\n");
            s.close();
        });

        long start = System.nanoTime();
        SmtpPortResult result = probeUsersPlainPort(peer, null);

        assertNotNull(result.failure());
        assertEquals(FailureKind.CLOSED, result.failure().kind());
        assertEquals("RCPT TO", result.failure().step());
        assertTrue(result.transcript().contains("S: 250 2.1.0 Ok"), "the reply that came is evidence");
        assertTrue(result.transcript().contains("*  " + result.failure().describe()));
        assertTrue((System.nanoTime() - start) / 1_000_000 < REPLY_TIMEOUT.toMillis(), "a close is noticed at once");
    }

    @Test
    void peerThatOffersPipeliningThenAnswersGarbageMidGroup() {
        HostilePeer peer = peer((s, in, out) -> {
            greetAndEhlo(in, out, EHLO_PIPELINING);
            readLines(in, 3, new ArrayList<>());
            HostilePeer.write(out, "250 2.1.0 Ok\r\n\u0016\u0003\u0001 not smtp\r\n");
            HostilePeer.awaitCommand(in, "QUIT");
        });

        SmtpPortResult result = probeUsersPlainPort(peer, null);

        assertEquals(FailureKind.GARBAGE, result.failure().kind());
        assertEquals("RCPT TO", result.failure().step());
    }

    @Test
    void peerThatOffersPipeliningThenGoesSilentTimesOut() {
        HostilePeer peer = peer((s, in, out) -> {
            greetAndEhlo(in, out, EHLO_PIPELINING);
            readLines(in, 3, new ArrayList<>());
            HostilePeer.write(out, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n");
            Thread.sleep(60_000);
        });

        long start = System.nanoTime();
        SmtpPortResult result = probeUsersPlainPort(peer, null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(FailureKind.REPLY_TIMEOUT, result.failure().kind());
        assertEquals("RSET", result.failure().step());
        assertTrue(millis < REPLY_TIMEOUT.toMillis() + 1500, "bounded by the reply timeout, took " + millis + " ms");
    }

    @Test
    void a421MidGroupEndsTheSendAttemptAsWithoutPipelining() {
        for (String ehlo : List.of(EHLO_PIPELINING, EHLO_PLAIN)) {
            HostilePeer peer = peer((s, in, out) -> {
                greetAndEhlo(in, out, ehlo);
                HostilePeer.readLine(in);
                HostilePeer.write(out, "421 4.7.0 peer.example.test Error: too many errors\r\n");
                // closing as Postfix does: FIN, then whatever the client still sends is read and dropped (closing
                // with unread bytes would reset the connection, and a reset may destroy the 421 before it is read)
                s.shutdownOutput();
                while (in.read() >= 0) {
                    // drain
                }
            });

            SmtpPortResult result = probeUsersPlainPort(peer, null);

            assertNull(result.failure(), ehlo);
            assertEquals(421, result.unauthenticatedRelay().mailReply().code(), ehlo);
            assertNull(result.unauthenticatedRelay().rcptReply(), ehlo);
        }
    }

    @Test
    void closingATlsConnectionDoesNotWaitForTheAnswerToQuit() throws Exception {
        HostilePeer peer = peer((s, in, out) -> {
            SSLSocket tls = (SSLSocket) TestPki.sharedMailLeaf().serverContext().getSocketFactory().createSocket(s, null, true);
            tls.setUseClientMode(false);
            tls.startHandshake();
            greetAndEhlo(tls.getInputStream(), tls.getOutputStream(), EHLO_PIPELINING);
            HostilePeer.awaitCommand(tls.getInputStream(), "QUIT");
            Thread.sleep(60_000); // neither "221" nor a close: the client must not wait for either
        });
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", TestPki.shared().caCertificate());
        Account account = new Account("alice@example.test", "alice@example.test", Secret.none(),
                Account.DEFAULT_RELAY_RECIPIENT, false);
        Cancellation cancellation = new Cancellation();
        ProbeContext context = new ProbeContext(new Dialer(new ConnectionBudget(1), cancellation, Duration.ofSeconds(2)),
                Deadline.in(Duration.ofSeconds(20)), Duration.ofSeconds(8), TrustConfig.only(trust), new Redactor(Secret.none()));
        SmtpProbePlan plan = new SmtpProbePlan(new Endpoint("mail.example.test", InetAddress.getLoopbackAddress(), 465,
                peer.port()), Security.TLS, false, Security.TLS, true);

        SmtpPortResult result = new SmtpPortProbe(context, account, new CountingGate(new AtomicInteger())).run(plan);

        assertNull(result.failure(), () -> String.join("\n", result.transcript()));
        assertEquals(Security.TLS, result.achievedSecurity());
        assertEquals("C: QUIT", result.transcript().get(result.transcript().size() - 1));
        // JSSE's close would otherwise read on for up to the reply timeout (8 s here) after QUIT
        assertTrue(result.millis() < 4000, "took " + result.millis() + " ms");
    }

    private HostilePeer peer(HostilePeer.Script script) {
        HostilePeer peer = HostilePeer.start(script);
        peers.add(peer);
        return peer;
    }

    private static void greetAndEhlo(InputStream in, OutputStream out, String ehloReply) throws IOException {
        HostilePeer.write(out, "220 peer.example.test ESMTP\r\n");
        HostilePeer.awaitCommand(in, "EHLO");
        HostilePeer.write(out, ehloReply);
    }

    /** Reads exactly {@code count} lines, noting how many bytes each read() delivered. */
    private static List<String> readLines(InputStream in, int count, List<Integer> reads) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        int lines = 0;
        while (lines < count) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("client left");
            }
            String chunk = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            text.append(chunk);
            int chunkLines = (int) chunk.chars().filter(c -> c == '\n').count();
            lines += chunkLines;
            reads.add(chunkLines);
        }
        return List.of(text.toString().split("\r\n"));
    }

    /** The user's own port, plain text, no login: the send attempt without login is made on it. */
    private static SmtpPortResult probeUsersPlainPort(HostilePeer peer, Account account) {
        return probe(peer, new SmtpProbePlan(endpoint(peer, 25), Security.NONE, true, Security.NONE, false),
                account != null ? account : new Account("alice@example.test", "alice@example.test", Secret.none(),
                        Account.DEFAULT_RELAY_RECIPIENT, false), new AtomicInteger());
    }

    private static Endpoint endpoint(HostilePeer peer, int port) {
        return new Endpoint("peer.example.test", InetAddress.getLoopbackAddress(), port, peer.port());
    }

    private static SmtpPortResult probe(HostilePeer peer, SmtpProbePlan plan, Account account, AtomicInteger logins) {
        Cancellation cancellation = new Cancellation();
        ProbeContext context = new ProbeContext(new Dialer(new ConnectionBudget(1), cancellation, Duration.ofSeconds(2)),
                Deadline.in(Duration.ofSeconds(10)), REPLY_TIMEOUT, TrustConfig.load(Optional.empty(), null),
                new Redactor(account.password()));
        return new SmtpPortProbe(context, account, new CountingGate(logins)).run(plan);
    }

    /** Lets every login through and counts them. */
    private record CountingGate(AtomicInteger logins) implements AuthGate {
        @Override
        public void connected(int port) {
        }

        @Override
        public String acquire(int port, Security mode, Deadline deadline) {
            logins.incrementAndGet();
            return null;
        }

        @Override
        public void finished(int port, Security mode, AuthOutcome outcome) {
        }

        @Override
        public void pass(int port) {
        }
    }
}
