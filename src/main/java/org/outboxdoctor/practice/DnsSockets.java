package org.outboxdoctor.practice;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * DNS's two transports on one loopback port: UDP datagrams, and TCP (accepted by a {@link LoopbackListener}) with
 * its two-byte length before each message. Every query goes to a {@link QueryHandler} with a way to send the
 * reply, now or later.
 */
final class DnsSockets implements AutoCloseable {
    private static final int TCP_IDLE_TIMEOUT_MS = 10_000;

    /** Answers one DNS message in wire format; {@code send} may be called from another thread, or never. */
    @FunctionalInterface
    interface QueryHandler {
        void handle(byte[] query, boolean overTcp, Consumer<byte[]> send);
    }

    private final DatagramSocket udp;
    private final ServerSocket tcpPort;
    private LoopbackListener tcp;
    private volatile boolean closed;

    private DnsSockets(DatagramSocket udp, ServerSocket tcpPort) {
        this.udp = udp;
        this.tcpPort = tcpPort;
    }

    /** Binds UDP and TCP to one ephemeral port of 127.0.0.1; nothing is served before {@link #serve}. */
    static DnsSockets bind() {
        InetAddress loopback = Loopback.localhost();
        IOException last = null;
        // Another process may grab the TCP side of the UDP port in between: try a few fresh UDP ports.
        for (int attempt = 0; attempt < 10; attempt++) {
            DatagramSocket udp = null;
            try {
                udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
                ServerSocket tcp = new ServerSocket();
                try {
                    tcp.bind(new InetSocketAddress(loopback, udp.getLocalPort()), 50);
                } catch (BindException e) {
                    tcp.close();
                    throw e;
                }
                return new DnsSockets(udp, tcp);
            } catch (IOException e) {
                last = e;
                if (udp != null) {
                    udp.close();
                }
            }
        }
        throw new UncheckedIOException("could not bind UDP and TCP on one loopback port", last);
    }

    int port() {
        return udp.getLocalPort();
    }

    boolean isClosed() {
        return closed;
    }

    /** Starts serving both transports: UDP on a thread of {@code threads}, TCP on the listener's own. */
    void serve(QueryHandler handler, ServerThreads threads) {
        threads.start("dns-udp-" + port(), () -> serveUdp(handler));
        tcp = LoopbackListener.serve(tcpPort, "dns-tcp", (client, n) -> serveTcp(client, handler));
    }

    /** Closes both ports and every TCP connection, which ends the serving threads (and joins the TCP ones). */
    @Override
    public void close() {
        closed = true;
        udp.close();
        if (tcp != null) {
            tcp.close();
        } else {
            Loopback.closeQuietly(tcpPort);
        }
    }

    private void serveUdp(QueryHandler handler) {
        byte[] buffer = new byte[65535];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
            } catch (IOException e) {
                return; // closed
            }
            byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
            SocketAddress client = packet.getSocketAddress();
            handler.handle(query, false, reply -> {
                try {
                    udp.send(new DatagramPacket(reply, reply.length, client));
                } catch (IOException ignored) {
                    // the client is gone or the server closed: nothing to tell anyone
                }
            });
        }
    }

    /** Serves one TCP connection until it ends; the listener closes the socket afterwards. */
    private void serveTcp(Socket client, QueryHandler handler) {
        try {
            client.setSoTimeout(TCP_IDLE_TIMEOUT_MS);
            DataInputStream in = new DataInputStream(client.getInputStream());
            DataOutputStream out = new DataOutputStream(client.getOutputStream());
            while (!closed) {
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                handler.handle(query, true, reply -> {
                    // Delayed answers come from the scheduler thread, so frames must not interleave.
                    synchronized (out) {
                        try {
                            out.writeShort(reply.length);
                            out.write(reply);
                            out.flush();
                        } catch (IOException ignored) {
                            // the client hung up first
                        }
                    }
                });
            }
        } catch (EOFException | SocketTimeoutException | SocketException e) {
            // client done, idle, or server closed
        } catch (IOException e) {
            // malformed frame: just drop the connection, as a real server would
        }
    }
}
