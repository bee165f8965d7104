package org.outboxdoctor.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.InetAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens every TCP connection of a run, so the connection budget, the deadline and cancellation
 * apply to all of them alike, and a silent port is judged by how fast the host's other ports answered.
 */
public final class Dialer {
    static final long PATIENCE_FLOOR_MILLIS = 1500;
    static final long PATIENCE_FACTOR = 8;
    private static final long POLL_MILLIS = 50;

    private final ConnectionBudget budget;
    private final Cancellation cancellation;
    private final Duration connectTimeout;
    /** The fastest connect to each address in this run, in milliseconds. */
    private final Map<InetAddress, Long> fastest = new ConcurrentHashMap<>();

    public Dialer(ConnectionBudget budget, Cancellation cancellation, Duration connectTimeout) {
        this.budget = budget;
        this.cancellation = cancellation;
        this.connectTimeout = connectTimeout;
    }

    public ConnectResult connect(Endpoint endpoint, Deadline deadline) {
        long start = System.nanoTime();
        if (cancellation.isCancelled() || deadline.expired()) {
            return failed(endpoint, FailureKind.CANCELLED, "", 0, start);
        }
        NetworkGuard.check(endpoint.address());
        if (!budget.tryTake(endpoint.address())) {
            return failed(endpoint, FailureKind.BUDGET_SPENT, "limit " + budget.limit(), 0, start);
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open();
        } catch (IOException e) {
            return failed(endpoint, FailureKind.IO, String.valueOf(e.getMessage()), 0, start);
        }
        Socket socket = channel.socket();
        cancellation.register(socket);
        try {
            long limit = awaitConnect(channel, endpoint, deadline, start);
            if (limit > 0) {
                cancellation.release(socket);
                return failed(endpoint, FailureKind.FILTERED, "", limit, start);
            }
            channel.configureBlocking(true);
            socket.setTcpNoDelay(true);
            long millis = millisSince(start);
            fastest.merge(endpoint.address(), millis, Math::min);
            return new ConnectResult(socket, null, millis);
        } catch (ConnectException e) {
            cancellation.release(socket);
            FailureKind kind = cancellation.isCancelled() ? FailureKind.CANCELLED : FailureKind.REFUSED;
            return failed(endpoint, kind, String.valueOf(e.getMessage()), 0, start);
        } catch (NoRouteToHostException e) {
            cancellation.release(socket);
            return failed(endpoint, FailureKind.UNREACHABLE, String.valueOf(e.getMessage()), 0, start);
        } catch (IOException e) {
            cancellation.release(socket);
            FailureKind kind = cancellation.isCancelled() ? FailureKind.CANCELLED
                    : String.valueOf(e.getMessage()).contains("unreachable") ? FailureKind.UNREACHABLE : FailureKind.IO;
            return failed(endpoint, kind, String.valueOf(e.getMessage()), 0, start);
        }
    }

    /**
     * Waits for the connection without blocking, so the time allowed can shrink while it waits: once another
     * port of the same host has answered in R ms, silence beyond {@link #patience} means the packets are dropped.
     *
     * @return 0 when connected, else the time allowed that ran out (milliseconds)
     */
    private long awaitConnect(SocketChannel channel, Endpoint endpoint, Deadline deadline, long start) throws IOException {
        channel.configureBlocking(false);
        if (channel.connect(new InetSocketAddress(endpoint.address(), endpoint.physicalPort()))) {
            return 0;
        }
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_CONNECT);
            long fixed = deadline.cap(connectTimeout);
            while (true) {
                long allowed = Math.min(fixed, patience(endpoint));
                long left = allowed - millisSince(start);
                if (left <= 0 || cancellation.isCancelled()) {
                    return Math.max(1, allowed);
                }
                if (selector.select(Math.min(left, POLL_MILLIS)) > 0 && channel.finishConnect()) {
                    return 0;
                }
                selector.selectedKeys().clear();
            }
        }
    }

    /**
     * How long to wait for this host: the fixed connect timeout until some port of it answered in R ms, then
     * {@value #PATIENCE_FACTOR} × R but never less than {@value #PATIENCE_FLOOR_MILLIS} ms (one SYN retransmission
     * and a margin), since a host answers SYNs on all its open ports alike.
     */
    long patience(Endpoint endpoint) {
        Long rtt = fastest.get(endpoint.address());
        return rtt == null ? Long.MAX_VALUE : Math.max(PATIENCE_FLOOR_MILLIS, PATIENCE_FACTOR * rtt);
    }

    /**
     * Takes one connection from the budget for a library that opens its socket itself (through a
     * socket factory that registers it for cancellation); false once the budget is spent.
     */
    public boolean reserve(InetAddress address) {
        return budget.tryTake(address);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    private static ConnectResult failed(Endpoint e, FailureKind kind, String detail, long timeout, long start) {
        return new ConnectResult(null, new ProbeFailure(kind, "connect", e.host(), e.port(), detail, timeout), millisSince(start));
    }

    public static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
