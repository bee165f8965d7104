package org.outboxdoctor.probe.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.settings.HostName;

/**
 * TLS towards one host name. Every handshake records what the server's certificate says; a strict
 * client then refuses an unacceptable certificate (so a library cannot go on and send the password),
 * a lenient one lets the conversation go on and leaves the decision to the caller.
 */
public final class TlsClient {
    private final String host;
    private final TrustConfig trust;
    private final boolean strict;
    private final SSLContext context;
    private volatile CertificateEvidence evidence;

    public TlsClient(String host, TrustConfig trust, boolean strict) {
        this.host = host;
        this.trust = trust;
        this.strict = strict;
        try {
            this.context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {new RecordingTrustManager()}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }

    /** Starts TLS on a connected socket and completes the handshake within the given time. */
    public SSLSocket handshake(Socket plain, int timeoutMillis) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, plain.getPort(), true);
        nameServer(tls);
        tls.setSoTimeout(timeoutMillis);
        tls.startHandshake();
        return tls;
    }

    public Optional<CertificateEvidence> evidence() {
        return Optional.ofNullable(evidence);
    }

    /**
     * For libraries that connect by themselves: TLS is layered over the library's TCP socket with this
     * host's name, and that TCP socket is registered so cancelling the run closes it (closing the TLS
     * socket itself during a handshake does not reliably wake the reading thread).
     */
    public SSLSocketFactory socketFactory(Cancellation cancellation) {
        return new NamedSocketFactory(context.getSocketFactory(), cancellation);
    }

    /** Whether a handshake failure means the server answered in plain text. */
    public static boolean isPlaintextReply(SSLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("unrecognized ssl message") || message.contains("plaintext connection");
    }

    private void nameServer(SSLSocket socket) {
        if (HostName.isIpLiteral(host)) {
            return;
        }
        try {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(host)));
            socket.setSSLParameters(parameters);
        } catch (IllegalArgumentException e) {
            // a name SNI cannot carry is simply not sent, as browsers do
        }
    }

    private CertificateEvidence record(X509Certificate[] chain, String authType) {
        X509Certificate leaf = chain[0];
        X509Certificate top = chain[chain.length - 1];
        String problem = trust.problemWith(chain, authType);
        if (problem == null && expired(leaf)) {
            problem = "the certificate is outside its validity period";
        }
        CertificateEvidence recorded = new CertificateEvidence(
                leaf.getSubjectX500Principal().getName(), leaf.getIssuerX500Principal().getName(),
                CertificateNames.of(leaf), leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(),
                leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()), chain.length,
                top.getIssuerX500Principal().getName(), fingerprint(leaf), problem,
                CertificateNames.matches(leaf, host), host);
        evidence = recorded;
        return recorded;
    }

    private static boolean expired(X509Certificate leaf) {
        Instant now = Instant.now();
        return now.isAfter(leaf.getNotAfter().toInstant()) || now.isBefore(leaf.getNotBefore().toInstant());
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            return "";
        }
    }

    private final class RecordingTrustManager extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the server sent no certificate");
            }
            CertificateEvidence recorded = record(chain, authType);
            if (strict && !recorded.acceptable()) {
                throw new CertificateException(recorded.trusted()
                        ? "the certificate is not valid for " + host + " (it names " + String.join(", ", recorded.names()) + ")"
                        : "the certificate is not trusted: " + recorded.trustProblem());
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this client accepts no client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Keeps the host name the user knows even when a library connects to an address. */
    private final class NamedSocketFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;
        private final Cancellation cancellation;

        NamedSocketFactory(SSLSocketFactory delegate, Cancellation cancellation) {
            this.delegate = delegate;
            this.cancellation = cancellation;
        }

        @Override
        public Socket createSocket() {
            throw new UnsupportedOperationException("TLS is layered over a connected socket");
        }

        @Override
        public Socket createSocket(Socket s, String ignoredHost, int port, boolean autoClose) throws IOException {
            cancellation.register(s);
            SSLSocket socket = (SSLSocket) delegate.createSocket(s, host, port, autoClose);
            nameServer(socket);
            return socket;
        }

        @Override
        public Socket createSocket(String h, int port) {
            throw new UnsupportedOperationException("connect through the probe's dialer");
        }

        @Override
        public Socket createSocket(String h, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("connect through the probe's dialer");
        }

        @Override
        public Socket createSocket(InetAddress address, int port) {
            throw new UnsupportedOperationException("connect through the probe's dialer");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException("connect through the probe's dialer");
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }
    }

}
