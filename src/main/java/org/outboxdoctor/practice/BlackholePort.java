package org.outboxdoctor.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback TCP port where a connect attempt hangs until the client's timeout, like a firewall that drops
 * packets (and unlike {@link RefusedPort}, which answers with a reset at once).
 *
 * <p>How: a listener with backlog 1 that never accepts. Linux queues up to backlog + 1 completed
 * connections; once that queue is full it silently drops further SYNs, so we fill it with throw-away
 * connections (kept open until {@link #close()}) until one of them times out. No threads are involved.
 */
public final class BlackholePort implements AutoCloseable {

    private static final int FILL_CONNECT_TIMEOUT_MS = 200;
    private static final int MAX_FILLERS = 64;

    private final ServerSocket listener;
    private final List<Socket> fillers = new ArrayList<>();

    private BlackholePort(ServerSocket listener) {
        this.listener = listener;
    }

    public static BlackholePort open() {
        BlackholePort port = null;
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(Loopback.localhost(), 0), 1);
            port = new BlackholePort(listener);
            port.fill();
            return port;
        } catch (IOException e) {
            if (port != null) {
                port.close();
            }
            throw new UncheckedIOException(e);
        }
    }

    private void fill() throws IOException {
        for (int i = 0; i < MAX_FILLERS; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(address(), FILL_CONNECT_TIMEOUT_MS);
                fillers.add(filler);
            } catch (SocketTimeoutException e) {
                filler.close();
                return; // the accept queue is full: from now on SYNs go unanswered
            } catch (IOException e) {
                filler.close();
                throw e;
            }
        }
        close();
        throw new IllegalStateException("accept queue did not fill after " + MAX_FILLERS
                + " connections; this OS does not drop SYNs on a full backlog");
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String host() {
        return "127.0.0.1";
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), port());
    }

    /** How many throw-away connections it took to fill the accept queue (2 on Linux for backlog 1). */
    public int queuedConnections() {
        return fillers.size();
    }

    @Override
    public void close() {
        for (Socket filler : fillers) {
            Loopback.closeQuietly(filler);
        }
        fillers.clear();
        Loopback.closeQuietly(listener);
    }
}
