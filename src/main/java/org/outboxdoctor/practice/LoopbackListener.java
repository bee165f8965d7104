package org.outboxdoctor.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The listening half every practice server shares: a loopback port whose connections each get a practice
 * thread, and a close() that closes every socket and joins every thread, so a scenario leaves nothing behind.
 */
final class LoopbackListener implements AutoCloseable {
    private static final Duration JOIN_BUDGET = Duration.ofSeconds(5);

    /** Serves one accepted connection; the listener closes and forgets the socket afterwards. */
    @FunctionalInterface
    interface Handler {
        void serve(Socket socket, int number);
    }

    private final ServerSocket server;
    private final String name;
    private final Handler handler;
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ServerThreads threads = new ServerThreads();
    private volatile boolean closed;

    private LoopbackListener(ServerSocket server, String name, Handler handler) {
        this.server = server;
        this.name = name;
        this.handler = handler;
        startThread(name + "-accept-" + port(), this::acceptLoop);
    }

    /** Listens on a free port of the given loopback address; threads are named "NAME-PORT-conn-N". */
    static LoopbackListener start(InetAddress address, String name, Handler handler) {
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(address, 0), 50);
            return serve(server, name, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts on a server socket its caller bound to a loopback port (e.g. one chosen to match a UDP port). */
    static LoopbackListener serve(ServerSocket bound, String name, Handler handler) {
        return new LoopbackListener(bound, name, handler);
    }

    int port() {
        return server.getLocalPort();
    }

    InetAddress address() {
        return server.getInetAddress();
    }

    int connectionCount() {
        return connections.get();
    }

    boolean isClosed() {
        return closed;
    }

    /** A socket of a connection (a TLS layer, a backend) that close() must close too. */
    void track(Socket socket) {
        sockets.add(socket);
    }

    void forget(Socket socket) {
        if (socket != null) {
            sockets.remove(socket);
        }
    }

    void startThread(String threadName, Runnable body) {
        threads.start(threadName, body);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            sockets.add(socket);
            int n = connections.incrementAndGet();
            startThread(name + "-" + port() + "-conn-" + n, () -> {
                try {
                    handler.serve(socket, n);
                } finally {
                    Loopback.closeQuietly(socket);
                    sockets.remove(socket);
                }
            });
        }
    }

    @Override
    public void close() {
        closed = true;
        Loopback.closeQuietly(server);
        sockets.forEach(Loopback::closeQuietly);
        threads.joinAll(JOIN_BUDGET);
    }
}
