package org.outboxdoctor.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnreachablePortsTest {

    @AfterEach
    void noThreadsLeft() {
        assertEquals(List.of(), PracticeThreads.alive());
    }

    @Test
    void blackholeTimesOutInsteadOfRefusing() throws IOException {
        try (BlackholePort blackhole = BlackholePort.open()) {
            assertTrue(blackhole.queuedConnections() >= 1);
            for (int attempt = 0; attempt < 2; attempt++) {
                long started = System.nanoTime();
                try (Socket socket = new Socket()) {
                    assertThrows(SocketTimeoutException.class,
                            () -> socket.connect(new InetSocketAddress("127.0.0.1", blackhole.port()), 1000));
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertTrue(millis >= 950 && millis < 3000, "timed out after " + millis + " ms");
            }
        }
    }

    @Test
    void blackholeIsGoneAfterClose() throws IOException {
        BlackholePort blackhole = BlackholePort.open();
        int port = blackhole.port();
        blackhole.close();
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class, () -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1000));
        }
    }

    @Test
    void refusedPortRefusesAtOnce() throws IOException {
        int port = RefusedPort.allocate();
        assertTrue(port > 0);
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            ConnectException refused = assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1000));
            assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
        }
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 500);
    }
}
