package org.outboxdoctor.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * Implicit TLS in front of one of GreenMail's plain servers, on a loopback address of the test's choosing and with
 * the certificate of the test's choosing (GreenMail's own TLS has one certificate per JVM). It logs what the server
 * side sees: every connection accepted, and every login command a client sent through it.
 */
final class CountingTlsFront implements AutoCloseable {
    /** IMAP LOGIN / AUTHENTICATE, POP3 USER+PASS (counted once, at PASS) / AUTH, SMTP AUTH. */
    static final Pattern IMAP_LOGIN = Pattern.compile("^\\S+ (LOGIN|AUTHENTICATE)\\b.*", Pattern.CASE_INSENSITIVE);
    static final Pattern POP3_LOGIN = Pattern.compile("^(PASS|AUTH) .*", Pattern.CASE_INSENSITIVE);
    static final Pattern SMTP_LOGIN = Pattern.compile("^AUTH .*", Pattern.CASE_INSENSITIVE);

    private final ServerSocket server;
    private final int backendPort;
    private final Pattern login;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    private CountingTlsFront(String bindAddress, SSLContext context, int backendPort, Pattern login) throws IOException {
        this.backendPort = backendPort;
        this.login = login;
        this.server = context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getByName(bindAddress));
        daemon(this::accept);
    }

    static CountingTlsFront start(String bindAddress, SSLContext context, int backendPort, Pattern login) {
        try {
            return new CountingTlsFront(bindAddress, context, backendPort, login);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections the server side accepted. */
    int connections() {
        return connections.get();
    }

    /** Login commands clients sent. */
    int logins() {
        return logins.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                sockets.add(client);
                daemon(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket backend = new Socket()) {
            sockets.add(backend);
            client.setSoTimeout(30_000);
            backend.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), backendPort), 2000);
            daemon(() -> copy(backend, client));
            InputStream in = client.getInputStream();
            OutputStream out = backend.getOutputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                line.write(b);
                if (b == '\n') {
                    if (login.matcher(line.toString(StandardCharsets.ISO_8859_1).trim()).matches()) {
                        logins.incrementAndGet();
                    }
                    out.write(line.toByteArray());
                    out.flush();
                    line.reset();
                }
            }
        } catch (IOException e) {
            // the client or the server hung up: the end of this connection
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // either side closed
        } finally {
            try {
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static void daemon(Runnable body) {
        Thread thread = new Thread(body, "counting-tls-front");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
