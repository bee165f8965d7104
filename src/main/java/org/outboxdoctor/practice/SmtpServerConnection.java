package org.outboxdoctor.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The server's end of one SMTP connection: protocol lines in, replies out, plain or TLS, with every byte read
 * from the wire reported to a recorder. A TLS upgrade gets a fresh line reader, which drops whatever the client
 * sent ahead in plaintext.
 */
final class SmtpServerConnection implements AutoCloseable {
    private static final int MAX_LINE = 4096;

    private final Socket socket;
    private final RecordingSocket wire;
    private Socket active;
    private LineReader in;
    private OutputStream out;
    private boolean tls;

    SmtpServerConnection(Socket socket, Consumer<byte[]> recorder) {
        this.socket = socket;
        this.wire = new RecordingSocket(socket, recorder);
    }

    void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    void plain() throws IOException {
        use(wire);
    }

    /** Handshakes as the server; lines read from now on are decrypted. */
    void startTls(SSLContext context) throws IOException {
        SSLSocket ssl = PracticePki.serverSide(context, wire);
        ssl.startHandshake();
        tls = true;
        use(ssl);
    }

    boolean tls() {
        return tls;
    }

    /** False until the connection is usable, e.g. while the client stalls an implicit TLS handshake. */
    boolean canReply() {
        return out != null;
    }

    /** The next line without its ending, or null at the end of the stream. */
    String readLine() throws IOException {
        return in.readLine();
    }

    /** Writes one reply; "\n" inside it separates the lines of a multi-line reply. */
    void reply(String text) throws IOException {
        StringBuilder wireText = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            wireText.append(line).append("\r\n");
        }
        write(wireText.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads and discards until the client hangs up or {@code stop} says so; read timeouts do not end it. */
    void drain(BooleanSupplier stop) throws IOException {
        byte[] sink = new byte[1024];
        InputStream raw = wire.getInputStream();
        while (!stop.getAsBoolean()) {
            try {
                if (raw.read(sink) < 0) {
                    return;
                }
            } catch (SocketTimeoutException e) {
                // silent means silent: keep waiting for the client (or close()) to end it
            }
        }
    }

    @Override
    public void close() {
        // Closing the TLS layer first sends close_notify, so clients see a clean end as from a real server.
        Loopback.closeQuietly(active);
        Loopback.closeQuietly(socket);
    }

    private void use(Socket s) throws IOException {
        active = s;
        in = new LineReader(s.getInputStream(), MAX_LINE);
        out = s.getOutputStream();
    }
}
