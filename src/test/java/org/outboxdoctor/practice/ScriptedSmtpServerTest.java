package org.outboxdoctor.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.outboxdoctor.testing.TestPki;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScriptedSmtpServerTest {

    private static final String USER = "alice@example.test";
    private static final String PASSWORD = "s3cret-Pa55";

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        assertEquals(List.of(), PracticeThreads.alive(), "threads left running after close()");
    }

    @Test
    void greetsAndAdvertisesLikePostfix() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.defaults());
        try (Dialog c = Dialog.connect(server)) {
            assertEquals(List.of("220 mail.example.test ESMTP Postfix"), c.reply());
            List<String> ehlo = c.command("EHLO client.example.test");
            assertEquals("250-mail.example.test", ehlo.get(0));
            assertTrue(ehlo.contains("250-SIZE 10240000"), ehlo.toString());
            assertTrue(ehlo.contains("250-AUTH PLAIN LOGIN"), ehlo.toString());
            assertFalse(ehlo.toString().contains("STARTTLS"));
            assertTrue(ehlo.get(ehlo.size() - 1).startsWith("250 "));
            assertEquals("250 2.0.0 Ok", c.command("NOOP").get(0));
            assertEquals("502 5.5.2 Error: command not recognized", c.command("VRFY alice").get(0));
            assertEquals("250 mail.example.test", c.command("HELO client").get(0));
            List<Thread> running = PracticeThreads.alive();
            assertTrue(running.stream().anyMatch(t -> t.getName().startsWith("practice-smtp-accept-")), running.toString());
            assertTrue(running.stream().anyMatch(t -> t.getName().startsWith("practice-smtp-" + server.port() + "-conn-")));
            assertTrue(running.stream().allMatch(Thread::isDaemon));
            assertEquals("221 2.0.0 Bye", c.command("QUIT").get(0));
            assertTrue(c.atEof());
        }
        assertEquals(1, server.connectionCount());
        assertEquals(List.of("EHLO client.example.test", "NOOP", "VRFY alice", "HELO client", "QUIT"), server.commands());
    }

    @Test
    void sizeZeroIsNotAdvertised() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().size(0).authMechanisms("").build());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            List<String> ehlo = c.command("EHLO client");
            assertFalse(ehlo.toString().contains("SIZE"), ehlo.toString());
            assertFalse(ehlo.toString().contains("AUTH"), ehlo.toString());
        }
    }

    @Test
    void pipeliningIsAdvertisedUnlessTurnedOff() throws IOException {
        for (boolean on : new boolean[] {true, false}) {
            ScriptedSmtpServer server = start(SmtpBehaviour.builder().pipelining(on).build());
            try (Dialog c = Dialog.connect(server)) {
                c.reply();
                List<String> ehlo = c.command("EHLO client");
                assertEquals(on, ehlo.contains("250-PIPELINING"), ehlo.toString());
            }
        }
    }

    @Test
    void authPlainWithInitialResponseThenRelay() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().user(USER, PASSWORD).build());
        String payload = plain(USER, PASSWORD);
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            assertEquals("554 5.7.1 <bob@elsewhere.test>: Relay access denied", relay(c, "bob@elsewhere.test"));
            assertEquals("235 2.7.0 Authentication successful", c.command("AUTH PLAIN " + payload).get(0));
            assertEquals("250 2.1.5 Ok", relay(c, "bob@elsewhere.test"));
            assertEquals("354 End data with <CR><LF>.<CR><LF>", c.command("DATA").get(0));
            assertTrue(c.command("Subject: hi\r\n\r\nbody\r\n.").get(0).startsWith("250 2.0.0 Ok: queued"));
        }
        assertEquals(1, server.authAttempts());
        assertTrue(server.commands().contains("AUTH PLAIN ********"), server.commands().toString());
        assertFalse(server.commands().toString().contains(payload));
        // In plaintext the wire carries the credentials: this is what the STARTTLS test proves absent.
        assertTrue(server.receivedRaw().contains("AUTH PLAIN " + payload));
    }

    @Test
    void authPlainWithEmptyChallengeRejectsWrongPassword() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().user(USER, PASSWORD).build());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            assertEquals("334 ", c.command("AUTH PLAIN").get(0));
            assertEquals("535 5.7.8 Error: authentication failed: authentication failure",
                    c.command(plain(USER, "wrong")).get(0));
            assertEquals("334 ", c.command("AUTH PLAIN").get(0));
            assertEquals("235 2.7.0 Authentication successful", c.command(plain(USER, PASSWORD)).get(0));
        }
        assertEquals(2, server.authAttempts());
        assertEquals(List.of("EHLO client", "AUTH PLAIN", "********", "AUTH PLAIN", "********"), server.commands());
    }

    @Test
    void authLoginAndCancel() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().user(USER, PASSWORD).build());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            assertEquals("334 VXNlcm5hbWU6", c.command("AUTH LOGIN").get(0));
            assertEquals("501 5.7.0 Authentication aborted", c.command("*").get(0));
            assertEquals("334 VXNlcm5hbWU6", c.command("AUTH LOGIN").get(0));
            assertEquals("334 UGFzc3dvcmQ6", c.command(b64(USER)).get(0));
            assertEquals("235 2.7.0 Authentication successful", c.command(b64(PASSWORD)).get(0));
            assertEquals("503 5.5.1 Error: already authenticated", c.command("AUTH LOGIN").get(0));
        }
        assertEquals(3, server.authAttempts());
        assertEquals(List.of("EHLO client", "AUTH LOGIN", "********", "AUTH LOGIN", "********", "********",
                "AUTH LOGIN"), server.commands());
    }

    @Test
    void scriptedRepliesOverrideAuthAndAuthenticatedMailAndRcpt() throws IOException {
        String tenant = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.";
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().user(USER, PASSWORD).authReply(tenant).build());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            assertEquals(tenant, c.command("AUTH PLAIN " + plain(USER, PASSWORD)).get(0));
            assertEquals("250 2.1.0 Ok", c.command("MAIL FROM:<" + USER + ">").get(0));
        }

        server.behaviour(SmtpBehaviour.builder().user(USER, PASSWORD)
                .mailFromReplyAuthenticated("525 5.7.13 User account disabled")
                .rcptReplyAuthenticated("550 5.4.5 Daily user sending quota exceeded.").build());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            c.command("AUTH PLAIN " + plain(USER, PASSWORD));
            assertEquals("525 5.7.13 User account disabled", c.command("MAIL FROM:<" + USER + ">").get(0));
        }

        server.behaviour(server.behaviour().toBuilder().mailFromReplyAuthenticated("250 2.1.0 Ok").build());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            c.command("AUTH PLAIN " + plain(USER, PASSWORD));
            assertEquals("550 5.4.5 Daily user sending quota exceeded.", relay(c, "bob@elsewhere.test"));
        }
        assertEquals(3, server.connectionCount());
    }

    @Test
    void unauthenticatedMailToLocalDomainIsAccepted() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.defaults());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            assertEquals("250 2.1.5 Ok", relay(c, "postmaster@example.test"));
            assertEquals("250 2.0.0 Ok", c.command("RSET").get(0));
            assertEquals("503 5.5.1 Error: need MAIL command", c.command("RCPT TO:<x@example.test>").get(0));
            assertEquals("554 5.5.1 Error: no valid recipients", c.command("DATA").get(0));
        }
    }

    @Test
    void starttlsUpgradesAndHidesCredentialsFromTheWire() throws Exception {
        TestPki.Leaf leaf = TestPki.shared().issue("mail.example.test", "mail.example.test", "127.0.0.1");
        ScriptedSmtpServer server = start(SmtpBehaviour.builder()
                .starttls(leaf.serverContext()).authBeforeTls(false).user(USER, PASSWORD).build());
        String payload = plain(USER, PASSWORD);
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            List<String> before = c.command("EHLO client");
            assertTrue(before.contains("250-STARTTLS"), before.toString());
            assertFalse(before.toString().contains("AUTH"), "AUTH must not be offered before TLS: " + before);
            assertEquals("503 5.5.1 Error: authentication not enabled", c.command("AUTH PLAIN " + payload).get(0));

            assertEquals("220 2.0.0 Ready to start TLS", c.command("STARTTLS").get(0));
            X509Certificate peer = c.startTls(TestPki.shared().clientContext(), "mail.example.test");
            assertEquals(leaf.certificate(), peer);

            List<String> after = c.command("EHLO client");
            assertTrue(after.contains("250-AUTH PLAIN LOGIN"), after.toString());
            assertFalse(after.toString().contains("STARTTLS"));
            assertEquals("235 2.7.0 Authentication successful", c.command("AUTH PLAIN " + payload).get(0));
        }
        String raw = server.receivedRaw();
        assertTrue(raw.contains("STARTTLS\r\n"));
        assertEquals(1, count(raw, payload), "the payload crossed the wire only in the refused plaintext attempt");
        assertFalse(raw.contains(PASSWORD));
        assertEquals(2, server.authAttempts());
    }

    @Test
    void starttlsClientThatTrustsAnotherCaFailsTheHandshake() throws Exception {
        TestPki other = TestPki.create("Someone Else CA");
        ScriptedSmtpServer server = start(SmtpBehaviour.builder()
                .starttls(TestPki.shared().issue("mail.example.test", "mail.example.test").serverContext()).build());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            c.command("STARTTLS");
            assertThrows(SSLHandshakeException.class, () -> c.startTls(other.clientContext(), "mail.example.test"));
        }
    }

    @Test
    void implicitTlsGreetsAfterTheHandshake() throws Exception {
        TestPki.Leaf leaf = TestPki.sharedMailLeaf();
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().implicitTls(leaf.serverContext()).build());
        try (Dialog c = Dialog.connect(server)) {
            assertEquals(leaf.certificate(), c.startTls(TestPki.shared().clientContext(), "smtp.example.test"));
            assertEquals(List.of("220 mail.example.test ESMTP Postfix"), c.reply());
            assertEquals("221 2.0.0 Bye", c.command("QUIT").get(0));
        }
    }

    @Test
    void requireTlsForMailRefusesMailRcptAndAuthInPlaintext() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.builder()
                .starttls(TestPki.sharedMailLeaf().serverContext()).requireTlsForMail(true).user(USER, PASSWORD).build());
        String mustTls = "530 5.7.0 Must issue a STARTTLS command first";
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            c.command("EHLO client");
            assertEquals(mustTls, c.command("MAIL FROM:<" + USER + ">").get(0));
            assertEquals(mustTls, c.command("RCPT TO:<bob@example.test>").get(0));
            assertEquals(mustTls, c.command("AUTH PLAIN " + plain(USER, PASSWORD)).get(0));
        }
        assertEquals(1, server.authAttempts());
    }

    @Test
    void connectReplyAndCloseSendsOneLineThenHangsUp() throws IOException {
        String busy = "421 4.7.0 mail.example.test Error: too many connections from 127.0.0.1";
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().connectReplyAndClose(busy).build());
        try (Dialog c = Dialog.connect(server)) {
            assertEquals(List.of(busy), c.reply());
            assertTrue(c.atEof());
        }
        assertEquals(List.of(), server.commands());
    }

    @Test
    void connectReplyAndCloseOverImplicitTlsEndsCleanly() throws Exception {
        String busy = "421 4.7.0 mail.example.test Error: too many connections from 127.0.0.1";
        ScriptedSmtpServer server = start(SmtpBehaviour.builder()
                .implicitTls(TestPki.sharedMailLeaf().serverContext()).connectReplyAndClose(busy).build());
        try (Dialog c = Dialog.connect(server)) {
            c.startTls(TestPki.shared().clientContext(), "mail.example.test");
            assertEquals(List.of(busy), c.reply());
            assertTrue(c.atEof());
        }
    }

    @Test
    void garbageGreetingIsTwoHundredBytesThenClose() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().garbageGreeting(true).build());
        byte[] first;
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 2000);
            socket.setSoTimeout(5000);
            first = socket.getInputStream().readAllBytes();
        }
        assertEquals(200, first.length);
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 2000);
            socket.setSoTimeout(5000);
            assertEquals(new String(first, StandardCharsets.ISO_8859_1),
                    new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1), "seeded");
        }
        assertNotEquals("220", new String(first, 0, 3, StandardCharsets.ISO_8859_1));
    }

    @Test
    void silentServerNeverSpeaksAndCloseStillStopsIt() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.builder().silent(true).build());
        try (Socket socket = new Socket()) {
            socket.connect(server.address(), 2000);
            socket.setSoTimeout(500);
            socket.getOutputStream().write("EHLO client\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read());
            // the client is still connected when the server is closed: close() must not wait 30 s for it
            long started = System.nanoTime();
            server.close();
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 2000);
        }
        assertTrue(server.receivedRaw().contains("EHLO client"));
    }

    @Test
    void overlongLineIsRejectedAndTheDialogueGoesOn() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.defaults());
        try (Dialog c = Dialog.connect(server)) {
            c.reply();
            assertEquals("500 5.5.2 Error: line too long", c.command("NOOP " + "x".repeat(5000)).get(0));
            assertEquals("250 2.0.0 Ok", c.command("NOOP " + "x".repeat(4000)).get(0));
        }
    }

    @Test
    void bindsToAnotherLoopbackAddress() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.defaults(), "127.0.0.2");
        assertEquals("127.0.0.2", server.host());
        try (Dialog c = Dialog.connect(server)) {
            assertEquals("220 mail.example.test ESMTP Postfix", c.reply().get(0));
        }
        assertThrows(IllegalArgumentException.class, () -> ScriptedSmtpServer.start(SmtpBehaviour.defaults(), "10.0.0.1"));
    }

    @Test
    void manyConnectionsEachGetAThreadThatEnds() throws IOException {
        ScriptedSmtpServer server = start(SmtpBehaviour.defaults());
        for (int i = 0; i < 5; i++) {
            try (Dialog c = Dialog.connect(server)) {
                c.reply();
                c.command("QUIT");
            }
        }
        assertEquals(5, server.connectionCount());
    }

    @Test
    void realJakartaMailClientSendsThroughStarttlsAndAuth() throws Exception {
        ScriptedSmtpServer server = start(SmtpBehaviour.builder()
                .starttls(TestPki.sharedMailLeaf().serverContext()).authBeforeTls(false).user(USER, PASSWORD).build());
        Properties props = new Properties();
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", String.valueOf(server.port()));
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.socketFactory", TestPki.shared().clientContext().getSocketFactory());
        props.put("mail.smtp.ssl.checkserveridentity", "true");
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        // Both stop Jakarta Mail from looking up this machine's own name, which could reach a real DNS server.
        props.put("mail.smtp.localhost", "client.example.test");
        props.put("mail.from", USER);
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(USER));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "bob@elsewhere.test");
        message.setSubject("test");
        message.setText("hello");
        Transport.send(message, USER, PASSWORD);

        assertEquals(1, server.authAttempts());
        assertTrue(server.commands().contains("STARTTLS"), server.commands().toString());
        String raw = server.receivedRaw();
        assertFalse(raw.contains(plain(USER, PASSWORD)) || raw.contains(b64(USER)) || raw.contains(b64(PASSWORD)));
        assertFalse(raw.contains("AUTH"), "AUTH happened inside TLS only");
    }

    // ---- helpers ----

    private ScriptedSmtpServer start(SmtpBehaviour behaviour) {
        return start(behaviour, "127.0.0.1");
    }

    private ScriptedSmtpServer start(SmtpBehaviour behaviour, String address) {
        ScriptedSmtpServer server = ScriptedSmtpServer.start(behaviour, address);
        toClose.add(server);
        return server;
    }

    private static String relay(Dialog c, String recipient) throws IOException {
        c.command("MAIL FROM:<" + USER + ">");
        return c.command("RCPT TO:<" + recipient + ">").get(0);
    }

    private static String plain(String user, String password) {
        return b64("\0" + user + "\0" + password);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** A minimal SMTP client that reads multi-line replies; the code under test will have its own. */
    private static final class Dialog implements AutoCloseable {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        static Dialog connect(ScriptedSmtpServer server) throws IOException {
            Dialog dialog = new Dialog();
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(server.host(), server.port()), 2000);
            socket.setSoTimeout(10_000);
            dialog.use(socket);
            return dialog;
        }

        private void use(Socket s) throws IOException {
            socket = s;
            in = s.getInputStream();
            out = s.getOutputStream();
        }

        List<String> command(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return reply();
        }

        List<String> reply() throws IOException {
            List<String> lines = new ArrayList<>();
            String line;
            do {
                line = readLine();
                lines.add(line);
            } while (line.length() > 3 && line.charAt(3) == '-');
            return lines;
        }

        X509Certificate startTls(SSLContext client, String hostname) throws IOException {
            SSLSocket ssl = (SSLSocket) client.getSocketFactory()
                    .createSocket(socket, hostname, socket.getPort(), true);
            SSLParameters params = ssl.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            ssl.setSSLParameters(params);
            ssl.startHandshake();
            use(ssl);
            return (X509Certificate) ssl.getSession().getPeerCertificates()[0];
        }

        boolean atEof() throws IOException {
            return in.read() < 0;
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("connection closed after: " + line);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
