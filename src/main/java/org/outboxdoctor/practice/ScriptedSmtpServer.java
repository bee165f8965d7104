package org.outboxdoctor.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small, real SMTP server on 127.0.0.1 for behaviours GreenMail cannot reproduce: provider-specific
 * rejections, refusing connections with 421, TLS policies, garbage or silence instead of a greeting.
 * One daemon thread per connection; the {@link SmtpBehaviour} is read when a connection is accepted.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    static final String MASK = "********";
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final int MAX_LINE = 4096;
    private static final String[] TLS_PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final LoopbackListener listener;
    private volatile SmtpBehaviour behaviour;
    private final AtomicInteger authAttempts = new AtomicInteger();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();

    private ScriptedSmtpServer(InetAddress address, SmtpBehaviour behaviour) {
        this.behaviour = behaviour;
        // the behaviour is read when a connection is accepted, so a change applies to later connections only
        this.listener = LoopbackListener.start(address, "smtp", (socket, n) -> new Session(socket, this.behaviour).run());
    }

    public static ScriptedSmtpServer start(SmtpBehaviour behaviour) {
        return start(behaviour, "127.0.0.1");
    }

    /** Binds to a given loopback address, e.g. "127.0.0.2", to have several servers on one port number. */
    public static ScriptedSmtpServer start(SmtpBehaviour behaviour, String loopbackAddress) {
        try {
            return new ScriptedSmtpServer(InetAddress.getByAddress(parseLoopback(loopbackAddress)), behaviour);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.port();
    }

    public String host() {
        return listener.address().getHostAddress();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(listener.address(), port());
    }

    public SmtpBehaviour behaviour() {
        return behaviour;
    }

    /** Changes the behaviour for connections accepted from now on. */
    public void behaviour(SmtpBehaviour next) {
        behaviour = next;
    }

    public int connectionCount() {
        return listener.connectionCount();
    }

    /** AUTH commands received, whatever their outcome. */
    public int authAttempts() {
        return authAttempts.get();
    }

    /** Command lines received, in order, with AUTH payloads and SASL answers replaced by "********". */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    /** Every byte read from the wire on every connection (ciphertext once TLS is on), as ISO-8859-1. */
    public String receivedRaw() {
        synchronized (raw) {
            return raw.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() {
        listener.close();
    }

    private void record(byte[] bytes) {
        synchronized (raw) {
            raw.write(bytes, 0, bytes.length);
        }
    }

    /** Parsed by hand: InetAddress.getByName would ask the real DNS about anything that is not a literal. */
    private static byte[] parseLoopback(String address) {
        String[] parts = address.split("\\.");
        if (parts.length != 4 || !parts[0].equals("127")) {
            throw new IllegalArgumentException("practice servers bind only to 127.0.0.0/8, not " + address);
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(parts[i]);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("not an IPv4 literal: " + address);
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    /** One SMTP conversation. */
    private final class Session {
        private final Socket socket;
        private final RecordingSocket wire;
        private final SmtpBehaviour b;
        private Socket active;
        private LineReader in;
        private OutputStream out;
        private boolean tls;
        private boolean greeted;
        private String user;
        private boolean inTransaction;
        private int recipients;

        Session(Socket socket, SmtpBehaviour behaviour) {
            this.socket = socket;
            this.wire = new RecordingSocket(socket, ScriptedSmtpServer.this::record);
            this.b = behaviour;
        }

        void run() {
            try {
                socket.setSoTimeout(READ_TIMEOUT_MS);
                if (b.implicitTls().isPresent()) {
                    useTls(b.implicitTls().get());
                } else {
                    use(wire);
                }
                if (b.silent()) {
                    drain();
                } else if (b.garbageGreeting()) {
                    byte[] garbage = new byte[200];
                    new Random(5321).nextBytes(garbage);
                    out.write(garbage);
                    out.flush();
                } else if (b.connectReplyAndClose().isPresent()) {
                    reply(b.connectReplyAndClose().get());
                } else {
                    reply(b.greeting());
                    converse();
                }
            } catch (SocketTimeoutException e) {
                try {
                    if (out != null) { // null when the client stalled the implicit TLS handshake
                        reply("421 4.4.2 " + b.ehloName() + " Error: timeout exceeded");
                    }
                } catch (IOException ignored) {
                    // the client is gone as well
                }
            } catch (IOException e) {
                // client hung up, TLS failed, or the server is closing
            } finally {
                // Closing the TLS layer first sends close_notify, so clients see a clean end as from a real server.
                LoopbackListener.closeQuietly(active);
                LoopbackListener.closeQuietly(socket);
            }
        }

        private void converse() throws IOException {
            while (!listener.isClosed()) {
                String line;
                try {
                    line = in.readLine();
                } catch (LineReader.LineTooLongException e) {
                    commands.add("<line too long>");
                    reply("500 5.5.2 Error: line too long");
                    continue;
                }
                if (line == null) {
                    return;
                }
                if (!command(line)) {
                    return;
                }
            }
        }

        /** Handles one command line; false ends the session. */
        private boolean command(String line) throws IOException {
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            String arg = line.length() > verb.length() ? line.substring(verb.length()).trim() : "";
            commands.add(verb.equals("AUTH") ? maskAuth(line) : line);
            switch (verb) {
                case "EHLO":
                    ehlo(arg);
                    break;
                case "HELO":
                    resetTransaction();
                    greeted = !arg.isEmpty();
                    reply(greeted ? "250 " + b.ehloName() : "501 Syntax: HELO hostname");
                    break;
                case "STARTTLS":
                    starttls();
                    break;
                case "AUTH":
                    authAttempts.incrementAndGet();
                    auth(arg);
                    break;
                case "MAIL":
                    mail(arg);
                    break;
                case "RCPT":
                    rcpt(arg);
                    break;
                case "DATA":
                    data();
                    break;
                case "RSET":
                    resetTransaction();
                    reply("250 2.0.0 Ok");
                    break;
                case "NOOP":
                    reply("250 2.0.0 Ok");
                    break;
                case "QUIT":
                    reply("221 2.0.0 Bye");
                    return false;
                default:
                    reply("502 5.5.2 Error: command not recognized");
            }
            return true;
        }

        private void ehlo(String arg) throws IOException {
            if (arg.isEmpty()) {
                reply("501 Syntax: EHLO hostname");
                return;
            }
            resetTransaction();
            greeted = true;
            List<String> lines = new ArrayList<>();
            lines.add(b.ehloName());
            if (b.pipelining()) {
                lines.add("PIPELINING");
            }
            if (b.size() > 0) {
                lines.add("SIZE " + b.size());
            }
            if (b.starttls().isPresent() && !tls) {
                lines.add("STARTTLS");
            }
            if (authOffered()) {
                lines.add("AUTH " + b.authMechanisms());
            }
            lines.add("ENHANCEDSTATUSCODES");
            lines.add("8BITMIME");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                text.append(i < lines.size() - 1 ? "250-" : "250 ").append(lines.get(i)).append('\n');
            }
            reply(text.toString());
        }

        private boolean authOffered() {
            return !b.authMechanisms().isEmpty() && (tls || b.authBeforeTls());
        }

        private void starttls() throws IOException {
            if (b.starttls().isEmpty()) {
                reply("502 5.5.1 Error: command not implemented");
            } else if (tls) {
                reply("554 5.5.1 Error: TLS already active");
            } else {
                reply("220 2.0.0 Ready to start TLS");
                // RFC 3207: forget everything said in plaintext, including bytes the client pipelined after
                // STARTTLS (keeping them is the classic STARTTLS command-injection bug).
                useTls(b.starttls().get());
                greeted = false;
                user = null;
                resetTransaction();
            }
        }

        private void auth(String arg) throws IOException {
            String[] parts = arg.split(" ", 2);
            String mechanism = parts[0].toUpperCase(Locale.ROOT);
            String initial = parts.length > 1 ? parts[1].trim() : null;
            if (b.requireTlsForMail() && !tls) {
                reply("530 5.7.0 Must issue a STARTTLS command first");
            } else if (!greeted) {
                reply("503 5.5.1 Error: send HELO/EHLO first");
            } else if (!authOffered()) {
                reply("503 5.5.1 Error: authentication not enabled");
            } else if (user != null) {
                reply("503 5.5.1 Error: already authenticated");
            } else if (!List.of(b.authMechanisms().toUpperCase(Locale.ROOT).split("\\s+")).contains(mechanism)) {
                reply("504 5.5.4 Unsupported authentication mechanism");
            } else if (mechanism.equals("PLAIN")) {
                authPlain(initial);
            } else if (mechanism.equals("LOGIN")) {
                authLogin(initial);
            } else {
                reply("504 5.5.4 Unsupported authentication mechanism");
            }
        }

        private void authPlain(String initial) throws IOException {
            String response = initial != null ? initial : challenge("334 ");
            if (response == null) {
                return;
            }
            String decoded = response.equals("=") ? "" : decode(response);
            if (decoded == null) {
                return;
            }
            String[] fields = decoded.split("\0", -1);
            finishAuth(fields.length == 3 ? fields[1] : null, fields.length == 3 ? fields[2] : null);
        }

        private void authLogin(String initial) throws IOException {
            String username = initial != null ? initial : challenge("334 VXNlcm5hbWU6");
            if (username == null || (username = decode(username)) == null) {
                return;
            }
            String password = challenge("334 UGFzc3dvcmQ6");
            if (password == null || (password = decode(password)) == null) {
                return;
            }
            finishAuth(username, password);
        }

        private void finishAuth(String username, String password) throws IOException {
            boolean known = username != null && password != null && password.equals(b.users().get(username));
            String result = b.authReply().orElse(known
                    ? "235 2.7.0 Authentication successful"
                    : "535 5.7.8 Error: authentication failed: authentication failure");
            if (result.startsWith("235")) {
                user = username;
            }
            reply(result);
        }

        /** Sends a SASL challenge and reads the answer; null if the client cancelled or the answer was bad. */
        private String challenge(String prompt) throws IOException {
            reply(prompt);
            String answer = in.readLine();
            if (answer == null) {
                throw new IOException("client hung up during AUTH");
            }
            commands.add(MASK);
            if (answer.trim().equals("*")) {
                reply("501 5.7.0 Authentication aborted");
                return null;
            }
            return answer.trim();
        }

        /** Base64-decodes a SASL answer, replying 501 and returning null when it is not base64. */
        private String decode(String base64) throws IOException {
            try {
                return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                reply("501 5.5.2 Cannot decode response");
                return null;
            }
        }

        private void mail(String arg) throws IOException {
            if (b.requireTlsForMail() && !tls) {
                reply("530 5.7.0 Must issue a STARTTLS command first");
            } else if (!greeted) {
                reply("503 5.5.1 Error: send HELO/EHLO first");
            } else if (inTransaction) {
                reply("503 5.5.1 Error: nested MAIL command");
            } else if (!arg.toUpperCase(Locale.ROOT).startsWith("FROM:")) {
                reply("501 5.5.4 Syntax: MAIL FROM:<address>");
            } else if (declaredSize(arg) > b.size() && b.size() > 0) {
                // RFC 1870: refuse up front a message declared larger than the advertised SIZE, as Postfix does
                reply("552 5.3.4 Message size exceeds fixed limit");
            } else {
                String result = user != null ? b.mailFromReplyAuthenticated() : "250 2.1.0 Ok";
                inTransaction = result.startsWith("2");
                reply(result);
            }
        }

        private long declaredSize(String arg) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bSIZE=(\\d{1,18})").matcher(arg);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }

        private void rcpt(String arg) throws IOException {
            if (b.requireTlsForMail() && !tls) {
                reply("530 5.7.0 Must issue a STARTTLS command first");
            } else if (!inTransaction) {
                reply("503 5.5.1 Error: need MAIL command");
            } else if (!arg.toUpperCase(Locale.ROOT).startsWith("TO:")) {
                reply("501 5.5.4 Syntax: RCPT TO:<address>");
            } else {
                String address = arg.substring(3).trim().split(" ", 2)[0].replaceAll("^<|>$", "");
                String domain = address.substring(address.lastIndexOf('@') + 1);
                String result;
                if (user != null) {
                    result = b.rcptReplyAuthenticated();
                } else if (domain.equalsIgnoreCase(b.localDomain())) {
                    result = "250 2.1.5 Ok";
                } else {
                    result = String.format(b.unauthenticatedRcptReply(), address);
                }
                if (result.startsWith("2")) {
                    recipients++;
                }
                reply(result);
            }
        }

        /** Accepts and discards a message, so a client's full send path can be exercised. */
        private void data() throws IOException {
            if (recipients == 0) {
                reply("554 5.5.1 Error: no valid recipients");
                return;
            }
            reply("354 End data with <CR><LF>.<CR><LF>");
            while (true) {
                String line;
                try {
                    line = in.readLine();
                } catch (LineReader.LineTooLongException e) {
                    continue; // long body lines are the client's problem, not the dialogue's
                }
                if (line == null) {
                    throw new IOException("client hung up during DATA");
                }
                if (line.equals(".")) {
                    break;
                }
            }
            resetTransaction();
            reply("250 2.0.0 Ok: queued as 4TEST" + listener.connectionCount());
        }

        private void resetTransaction() {
            inTransaction = false;
            recipients = 0;
        }

        private void drain() throws IOException {
            byte[] sink = new byte[1024];
            InputStream raw = wire.getInputStream();
            while (!listener.isClosed()) {
                try {
                    if (raw.read(sink) < 0) {
                        return;
                    }
                } catch (SocketTimeoutException e) {
                    // silent means silent: keep waiting for the client (or close()) to end it
                }
            }
        }

        private void useTls(SSLContext context) throws IOException {
            SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(wire, null, true);
            ssl.setUseClientMode(false);
            ssl.setEnabledProtocols(TLS_PROTOCOLS);
            ssl.startHandshake();
            tls = true;
            use(ssl);
        }

        private void use(Socket s) throws IOException {
            active = s;
            in = new LineReader(s.getInputStream(), MAX_LINE);
            out = s.getOutputStream();
        }

        /** Writes one reply; "\n" inside it separates the lines of a multi-line reply. */
        private void reply(String text) throws IOException {
            StringBuilder wireText = new StringBuilder();
            for (String line : text.split("\r?\n")) {
                wireText.append(line).append("\r\n");
            }
            out.write(wireText.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }

    /** "AUTH PLAIN dXNlcg..." becomes "AUTH PLAIN ********": commands() never holds credentials. */
    static String maskAuth(String line) {
        String[] parts = line.split(" ", 3);
        return parts.length < 3 ? line : parts[0] + " " + parts[1] + " " + MASK;
    }
}
