package org.outboxdoctor.probe.login;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.outboxdoctor.probe.Cancellation;

/**
 * The sockets of one mailbox login, plain and TLS: each read through the login's {@link LiteralWatch} and written
 * through its {@link LoginCommandWatch}.
 */
final class GuardedSocketFactories {
    private GuardedSocketFactories() {
    }

    /** Plain sockets (IMAP before STARTTLS), registered for cancellation like {@link RegisteringSocketFactory}'s. */
    static SocketFactory plain(Cancellation cancellation, LiteralWatch watch, LoginCommandWatch commands) {
        return new RegisteringSocketFactory(cancellation, () -> new WatchedSocket(watch, commands));
    }

    /** TLS layered by {@code delegate} (our strict client), its plain text read through the watch. */
    static SSLSocketFactory tls(SSLSocketFactory delegate, LiteralWatch watch, LoginCommandWatch commands) {
        return new SSLSocketFactory() {
            @Override
            public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
                if (s instanceof WatchedSocket plain) {
                    plain.ciphertextFromNowOn(); // under TLS the plain stream carries no IMAP text
                }
                return new GuardedSslSocket((SSLSocket) delegate.createSocket(s, host, port, autoClose), watch, commands);
            }

            @Override
            public Socket createSocket() throws IOException {
                return delegate.createSocket();
            }

            @Override
            public Socket createSocket(String h, int p) throws IOException {
                return delegate.createSocket(h, p);
            }

            @Override
            public Socket createSocket(String h, int p, InetAddress local, int localPort) throws IOException {
                return delegate.createSocket(h, p, local, localPort);
            }

            @Override
            public Socket createSocket(InetAddress a, int p) throws IOException {
                return delegate.createSocket(a, p);
            }

            @Override
            public Socket createSocket(InetAddress a, int p, InetAddress local, int localPort) throws IOException {
                return delegate.createSocket(a, p, local, localPort);
            }

            @Override
            public String[] getDefaultCipherSuites() {
                return delegate.getDefaultCipherSuites();
            }

            @Override
            public String[] getSupportedCipherSuites() {
                return delegate.getSupportedCipherSuites();
            }
        };
    }

    /** A plain socket whose input the watch reads first and whose output the command watch sees. */
    private static final class WatchedSocket extends Socket {
        private final LiteralWatch watch;
        private final LoginCommandWatch commands;
        private LiteralWatch.Guard guard;
        private LoginCommandWatch.Tap tap;

        WatchedSocket(LiteralWatch watch, LoginCommandWatch commands) {
            this.watch = watch;
            this.commands = commands;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (tap == null) {
                tap = commands.tap(super.getOutputStream());
            }
            return tap;
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (guard == null) {
                guard = watch.watch(super.getInputStream());
            }
            return guard;
        }

        synchronized void ciphertextFromNowOn() {
            if (guard != null) {
                guard.passThrough();
            }
            if (tap != null) {
                tap.passThrough();
            }
        }
    }
}
