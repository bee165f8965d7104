package org.outboxdoctor.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** A loopback port where nothing listens, so a connect gets "Connection refused" at once. */
public final class RefusedPort {

    private RefusedPort() {
    }

    /**
     * A port on 127.0.0.1 that was free a moment ago. Another process could take it in between; with an
     * ephemeral port that is rare enough for tests.
     */
    public static int allocate() {
        try (ServerSocket probe = new ServerSocket()) {
            // No SO_REUSEADDR games: the port is closed before it is ever connected to, so no TIME_WAIT.
            probe.bind(new InetSocketAddress(Loopback.localhost(), 0));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
