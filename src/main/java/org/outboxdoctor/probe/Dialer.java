package org.outboxdoctor.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Opens every TCP connection of a run, so the connection budget, the deadline and cancellation
 * apply to all of them alike.
 */
public final class Dialer {
    private final ConnectionBudget budget;
    private final Cancellation cancellation;
    private final Duration connectTimeout;

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
        if (!budget.tryTake()) {
            return failed(endpoint, FailureKind.BUDGET_SPENT, "limit " + budget.limit(), 0, start);
        }
        int timeout = deadline.cap(connectTimeout);
        Socket socket = new Socket();
        cancellation.register(socket);
        try {
            socket.connect(new InetSocketAddress(endpoint.address(), endpoint.physicalPort()), timeout);
            socket.setTcpNoDelay(true);
            return new ConnectResult(socket, null, millisSince(start));
        } catch (SocketTimeoutException e) {
            cancellation.release(socket);
            return failed(endpoint, FailureKind.FILTERED, "", timeout, start);
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
     * Takes one connection from the budget for a library that opens its socket itself (through a
     * socket factory that registers it for cancellation); false once the budget is spent.
     */
    public boolean reserve() {
        return budget.tryTake();
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
