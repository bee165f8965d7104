package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.e2e.CliRun;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.probe.ConnectionBudget;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeContext;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxLoginProbe;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.login.MailboxRoute;
import org.outboxdoctor.probe.login.MailboxSource;
import org.outboxdoctor.probe.tls.TrustConfig;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.TestPki;

/**
 * Mailbox servers whose answers prove nothing about the password, or that would drown the mail library: an IMAP
 * PREAUTH greeting, a POP3 connection closed after PASS, literals of 1.5 GB and of more digits than a long holds.
 */
class MailboxOddityPeersTest {
    private static final String PASSWORD = "mailbox oddity 9";

    @Test
    void aPreauthGreetingProvesNothingAboutThePassword() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (HostilePeer peer = HostilePeer.start((s, in, out) -> imap(in, out, "* PREAUTH [CAPABILITY IMAP4rev1] welcome", received))) {
            LoginResult result = login(MailboxProtocol.IMAP, peer, Security.NONE);
            assertFalse(result.outcome().decisive(), () -> String.join("\n", result.transcript()));
            assertTrue(result.failure().describe().contains("PREAUTH"), result.failure().describe());
            assertTrue(received.stream().noneMatch(l -> l.toUpperCase(Locale.ROOT).contains("LOGIN")), received.toString());
        }
    }

    @Test
    void aServerCannotFakeTheMomentThePasswordWentOut() throws Exception {
        // the mail library's own trace line when it hides a login command, sent by the server as an extra line
        List<String> received = new CopyOnWriteArrayList<>();
        try (HostilePeer peer = HostilePeer.start((s, in, out) -> imap(in, out,
                "* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\nDEBUG IMAP: command trace suppressed", received))) {
            LoginResult result = login(MailboxProtocol.IMAP, peer, Security.NONE);
            assertFalse(result.passwordSent(), () -> String.join("\n", result.transcript()));
            assertFalse(result.outcome().decisive(), () -> String.join("\n", result.transcript()));
        }
    }

    @Test
    void aPop3ConnectionClosedAfterPassIsNoVerdict() throws Exception {
        try (HostilePeer peer = HostilePeer.start((s, in, out) -> {
            HostilePeer.write(out, "+OK POP3 ready\r\n");
            String line;
            while ((line = HostilePeer.readLine(in)) != null && !line.toUpperCase(Locale.ROOT).startsWith("PASS")) {
                HostilePeer.write(out, line.toUpperCase(Locale.ROOT).startsWith("CAPA") ? "+OK\r\nUSER\r\n.\r\n" : "+OK\r\n");
            }
            s.setSoLinger(true, 0);
        })) {
            LoginResult result = login(MailboxProtocol.POP3, peer, Security.NONE);
            assertEquals(LoginOutcome.FAILED, result.outcome(), () -> String.join("\n", result.transcript()));
            assertEquals(FailureKind.CLOSED, result.failure().kind(), result.failure().describe());
        }
    }

    @Test
    void aPop3RefusalIsStillARefusal() throws Exception {
        try (HostilePeer peer = HostilePeer.start((s, in, out) -> {
            HostilePeer.write(out, "+OK POP3 ready\r\n");
            String line;
            while ((line = HostilePeer.readLine(in)) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                HostilePeer.write(out, upper.startsWith("PASS") ? "-ERR [AUTH] Authentication failed.\r\n"
                        : upper.startsWith("CAPA") ? "+OK\r\nUSER\r\n.\r\n" : "+OK\r\n");
            }
        })) {
            assertEquals(LoginOutcome.REJECTED, login(MailboxProtocol.POP3, peer, Security.NONE).outcome());
        }
    }

    @Test
    void hugeLiteralsAreRefusedBeforeTheLibraryReadsThem() throws Exception {
        for (String greeting : new String[] {"* OK [ALERT] {1500000000}", "* OK {99999999999999999999999}"}) {
            try (HostilePeer peer = HostilePeer.start((s, in, out) -> {
                SSLSocket tls = tls(s);
                HostilePeer.write(tls.getOutputStream(), greeting + "\r\n");
                byte[] chunk = new byte[65536];
                for (int i = 0; i < 100; i++) {
                    tls.getOutputStream().write(chunk); // the start of the promised bytes, as a server would send them
                }
                Thread.sleep(60_000);
            })) {
                long before = usedHeap();
                LoginResult result = login(MailboxProtocol.IMAP, peer, Security.TLS);
                assertEquals(LoginOutcome.FAILED, result.outcome(), greeting);
                assertEquals(FailureKind.OVERSIZED, result.failure().kind(), () -> result.failure().describe());
                assertTrue(result.failure().describe().contains("is refused before it is read"), result.failure().describe());
                assertTrue(usedHeap() - before < 64L * 1024 * 1024, "memory stayed low");
            }
        }
    }

    @Test
    void aHugeLiteralEndsOnlyTheMailboxLoginNotTheRun() throws Exception {
        try (MailWorld world = new MailWorld();
             HostilePeer imaps = HostilePeer.start((s, in, out) -> {
                 SSLSocket tls = tls(s);
                 HostilePeer.write(tls.getOutputStream(), "* OK [CAPABILITY IMAP4rev1] ready\r\n");
                 String tag = HostilePeer.readLine(tls.getInputStream()).split(" ")[0];
                 HostilePeer.write(tls.getOutputStream(), "* CAPABILITY {1500000000}\r\n");
                 Thread.sleep(60_000);
                 HostilePeer.write(tls.getOutputStream(), tag + " OK\r\n");
             })) {
            world.map(465, world.greenMail().getSmtps().getPort()).map(993, imaps.port());
            CliRun run = world.check("--port", "465", "--security", "tls", "--timeout", "8", "--rerun-pause", "0", "--json");
            assertEquals("", run.err());
            JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
            assertEquals("CAN_SEND", json.get("verdict").getAsString(), run.out());
            boolean refused = false;
            for (JsonElement p : json.getAsJsonArray("probes")) {
                refused |= p.toString().contains("is refused before it is read");
            }
            assertTrue(refused, "the mailbox login ended in its own typed failure: " + run.out());
        }
    }

    private static long usedHeap() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static SSLSocket tls(Socket plain) throws IOException {
        SSLSocket tls = (SSLSocket) TestPki.sharedMailLeaf().serverContext().getSocketFactory()
                .createSocket(plain, null, plain.getPort(), true);
        tls.setUseClientMode(false);
        return tls;
    }

    private static void imap(InputStream in, OutputStream out, String greeting, List<String> received) throws IOException {
        HostilePeer.write(out, greeting + "\r\n");
        String line;
        while ((line = HostilePeer.readLine(in)) != null) {
            received.add(line);
            String tag = line.split(" ")[0];
            if (line.toUpperCase(Locale.ROOT).contains("CAPABILITY")) {
                HostilePeer.write(out, "* CAPABILITY IMAP4rev1\r\n");
            }
            HostilePeer.write(out, tag + " OK done\r\n");
            if (line.toUpperCase(Locale.ROOT).contains("LOGOUT")) {
                return;
            }
        }
    }

    private static LoginResult login(MailboxProtocol protocol, HostilePeer peer, Security security) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", TestPki.shared().caCertificate());
        Account account = new Account("alice@example.test", "alice@example.test", Secret.of(PASSWORD.toCharArray()),
                Account.DEFAULT_RELAY_RECIPIENT, true);
        ProbeContext context = new ProbeContext(new Dialer(new ConnectionBudget(2), new Cancellation(), Duration.ofSeconds(2)),
                Deadline.in(Duration.ofSeconds(10)), Duration.ofSeconds(3), TrustConfig.only(trust),
                new Redactor(account.password()));
        Endpoint endpoint = new Endpoint("mail.example.test", InetAddress.getLoopbackAddress(),
                protocol == MailboxProtocol.IMAP ? (security == Security.TLS ? 993 : 143) : 110, peer.port());
        return new MailboxLoginProbe(context, account).run(new MailboxRoute(protocol, endpoint.host(), endpoint.port(), security,
                MailboxSource.GUESS, ""), endpoint);
    }
}
