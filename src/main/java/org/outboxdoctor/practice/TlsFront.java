package org.outboxdoctor.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Implicit TLS (SMTPS 465, IMAPS 993, POP3S 995) in front of a plain practice server on loopback, like stunnel:
 * accepts a TLS connection presenting a practice certificate, then copies bytes both ways to the plain port.
 *
 * <p>Why not GreenMail's own TLS: GreenMail reads one keystore per JVM from system properties, once, so it could
 * present only one certificate for the life of the JVM, and the tests' GreenMail already uses the test CA's. With
 * TLS in front, GreenMail only speaks plain protocols, each scenario picks its certificate, and practice and tests
 * can run in one JVM in any order.
 */
final class TlsFront implements AutoCloseable {
    private static final int HANDSHAKE_TIMEOUT_MS = 10_000;
    private static final int IDLE_TIMEOUT_MS = 30_000;
    private static final int BACKEND_CONNECT_TIMEOUT_MS = 2_000;

    private final LoopbackListener listener;
    private final SSLContext context;
    private final int backendPort;

    private TlsFront(SSLContext context, int backendPort) {
        this.context = context;
        this.backendPort = backendPort;
        this.listener = LoopbackListener.start(Loopback.localhost(), "tls", this::serve);
    }

    /** Listens on a free port of 127.0.0.1 and forwards to {@code backendPort} on 127.0.0.1. */
    static TlsFront start(SSLContext context, int backendPort) {
        return new TlsFront(context, backendPort);
    }

    int port() {
        return listener.port();
    }

    @Override
    public void close() {
        listener.close();
    }

    private void serve(Socket client, int n) {
        SSLSocket tls = null;
        Socket backend = null;
        try {
            client.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            tls = PracticePki.serverSide(context, client);
            listener.track(tls);
            tls.startHandshake();
            client.setSoTimeout(IDLE_TIMEOUT_MS);
            backend = new Socket();
            listener.track(backend);
            backend.connect(new InetSocketAddress(Loopback.localhost(), backendPort), BACKEND_CONNECT_TIMEOUT_MS);
            backend.setSoTimeout(IDLE_TIMEOUT_MS);
            Socket front = tls;
            Socket back = backend;
            listener.startThread("tls-" + port() + "-conn-" + n + "-reply", () -> pump(back, front));
            pump(tls, backend);
        } catch (IOException e) {
            // the client gave up the handshake (it may not trust the certificate), hung up, or we are closing
        } finally {
            Loopback.closeQuietly(tls);
            Loopback.closeQuietly(backend);
            listener.forget(tls);
            listener.forget(backend);
        }
    }

    /** Copies until either side ends, then closes both, which ends the other direction too. */
    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side is gone
        } finally {
            Loopback.closeQuietly(from);
            Loopback.closeQuietly(to);
        }
    }
}
