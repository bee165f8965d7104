package org.outboxdoctor.hostile;

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

/**
 * A loopback server that misbehaves on purpose: each accepted connection runs a script of writes,
 * pauses, reads and closes. Threads are daemons named "hostile-", and close() ends them all.
 */
final class HostilePeer implements AutoCloseable {

    /** What the peer does with one connection. */
    @FunctionalInterface
    interface Script {
        void run(Socket socket, InputStream in, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Script script;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private HostilePeer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        start("hostile-accept-" + port(), this::accept);
    }

    static HostilePeer start(Script script) {
        try {
            return new HostilePeer(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                start("hostile-conn-" + socket.getPort(), () -> {
                    try (socket) {
                        script.run(socket, socket.getInputStream(), socket.getOutputStream());
                    } catch (IOException | InterruptedException e) {
                        // the client hung up or close() ended the script: both are the point of this peer
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    private void start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one client line (bounded), or null when the client closed. */
    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n' && line.length() < 4096) {
            line.append((char) b);
        }
        return b == -1 && line.length() == 0 ? null : line.toString().trim();
    }

    /** Reads client lines until one starts with the given command. */
    static String awaitCommand(InputStream in, String command) throws IOException {
        String line;
        while ((line = readLine(in)) != null) {
            if (line.toUpperCase(java.util.Locale.ROOT).startsWith(command)) {
                return line;
            }
        }
        throw new IOException("client left");
    }

    @Override
    public void close() throws Exception {
        closed = true;
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
        for (Thread t : threads) {
            t.interrupt();
            t.join(2000);
        }
    }
}
