package org.outboxdoctor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A loopback TCP relay that makes a server look half a round trip away in each direction: every chunk leaves
 * {@code rtt / 2} after it arrived, in order, and both sockets send at once (no Nagle delay: a network does not
 * hold small packets back, and a relay that did would add stalls no real path has).
 *
 * <p>The TCP handshake costs what it does on a real network. The kernel completes the client's connect at
 * once, so the relay holds the connection instead: the server accepts it one and a half round trips after the
 * client connected (SYN, SYN-ACK, then the ACK's half trip), and nothing the client sends reaches the server
 * earlier. A client that speaks first (a TLS ClientHello) and a server that speaks first (an SMTP greeting)
 * are therefore heard when they would be behind a real 1-RTT handshake; only the client's own connect()
 * returns early, which no exchange can use.
 */
final class LatencyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final long oneWayNanos;
    private final long handshakeNanos;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    /** One thread: tasks due at the same moment run in the order they were scheduled, so chunks stay in order. */
    private final ScheduledExecutorService delays = Executors.newScheduledThreadPool(1, r -> daemon(r, "bench-delay"));

    LatencyProxy(int targetPort, Duration roundTrip) throws IOException {
        this.target = targetPort;
        this.oneWayNanos = roundTrip.toNanos() / 2;
        this.handshakeNanos = roundTrip.toNanos() + oneWayNanos;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        daemon(this::accept, "bench-proxy-" + port()).start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                client.setTcpNoDelay(true);
                sockets.add(client);
                CompletableFuture<Socket> upstream = new CompletableFuture<>();
                later(() -> open(client, upstream), handshakeNanos);
                // taken after scheduling the open, so every write due at or after it runs after the open
                long opensAt = System.nanoTime() + handshakeNanos;
                daemon(() -> pump(client, upstream, opensAt), "bench-up").start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** The server side of the connection, made when the handshake would have completed. */
    private void open(Socket client, CompletableFuture<Socket> upstream) {
        try {
            Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), target);
            socket.setTcpNoDelay(true);
            sockets.add(socket);
            upstream.complete(socket);
            daemon(() -> pump(socket, CompletableFuture.completedFuture(client), System.nanoTime()), "bench-down").start();
        } catch (IOException e) {
            upstream.completeExceptionally(e);
            close(client);
        }
    }

    /** Copies one direction; every chunk leaves half a round trip after it arrived, and not before {@code notBefore}. */
    private void pump(Socket from, CompletableFuture<Socket> to, long notBeforeNanos) {
        try {
            InputStream in = from.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                byte[] chunk = Arrays.copyOf(buffer, n);
                later(() -> {
                    Socket socket = to.getNow(null);
                    if (socket == null) {
                        close(from); // the server could not be reached
                        return;
                    }
                    try {
                        OutputStream out = socket.getOutputStream();
                        out.write(chunk);
                        out.flush();
                    } catch (IOException e) {
                        close(socket);
                    }
                }, delay(notBeforeNanos));
            }
        } catch (IOException e) {
            // one side went away
        }
        later(() -> {
            Socket socket = to.getNow(null);
            if (socket != null) {
                close(socket);
            }
        }, delay(notBeforeNanos));
    }

    private void later(Runnable task, long delayNanos) {
        try {
            delays.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the relay is closed: its sockets are, and nothing is left to deliver
        }
    }

    private long delay(long notBeforeNanos) {
        return Math.max(oneWayNanos, notBeforeNanos - System.nanoTime());
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(LatencyProxy::close);
        delays.shutdownNow();
    }
}
