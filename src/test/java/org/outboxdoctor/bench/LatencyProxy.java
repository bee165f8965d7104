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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A loopback TCP relay that delays every chunk by half the round-trip time in each direction, so a
 * benchmark sees a distant server. (The TCP handshake itself is not delayed: the relay accepts at once.)
 */
final class LatencyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final long oneWayMillis;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService delays = Executors.newScheduledThreadPool(1, r -> daemon(r, "bench-delay"));

    LatencyProxy(int targetPort, Duration roundTrip) throws IOException {
        this.target = targetPort;
        this.oneWayMillis = roundTrip.toMillis() / 2;
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
                Socket upstream = new Socket(InetAddress.getByName("127.0.0.1"), target);
                sockets.add(client);
                sockets.add(upstream);
                daemon(() -> pump(client, upstream), "bench-up").start();
                daemon(() -> pump(upstream, client), "bench-down").start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies one direction; every chunk leaves {@code oneWayMillis} after it arrived, in order. */
    private void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                byte[] chunk = Arrays.copyOf(buffer, n);
                delays.schedule(() -> {
                    try {
                        out.write(chunk);
                        out.flush();
                    } catch (IOException e) {
                        close(to);
                    }
                }, oneWayMillis, TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            // one side went away
        }
        delays.schedule(() -> close(to), oneWayMillis, TimeUnit.MILLISECONDS);
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
