package org.outboxdoctor.practice;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The practice scenarios' certificates, shipped as {@code practice-pki.p12} next to this class and made with
 * nothing but the JDK's keytool ({@code make-practice-pki.sh} beside it). The two CAs' private keys are not in
 * it, so it cannot sign anything new; the practice CA is trusted only in practice runs, through a trust file the
 * practice world writes for the check.
 */
final class PracticePki {
    static final String RESOURCE = "practice-pki.p12";
    /** Demo material, not a secret: the store only holds certificates for names under .test. */
    private static final char[] PASSWORD = "practice-only".toCharArray();
    static final String PRACTICE_CA = "practice-ca";
    /** The server certificates a scenario may choose. */
    static final Set<String> LEAVES = Set.of("mail", "other-name", "self-signed", "antivirus");
    private static final String[] TLS_PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private static final Map<String, SSLContext> CONTEXTS = new ConcurrentHashMap<>();
    private static volatile KeyStore store;

    private PracticePki() {
    }

    /** A server-side TLS context that presents the named leaf and its chain. */
    static SSLContext serverContext(String leaf) {
        if (!LEAVES.contains(leaf)) {
            throw new IllegalArgumentException("no practice certificate \"" + leaf + "\"; known: " + LEAVES);
        }
        return CONTEXTS.computeIfAbsent(leaf, PracticePki::newServerContext);
    }

    /** The server side of TLS over an accepted connection, as every practice server speaks it; not yet handshaken. */
    static SSLSocket serverSide(SSLContext context, Socket accepted) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(accepted, null, true);
        tls.setUseClientMode(false);
        tls.setEnabledProtocols(TLS_PROTOCOLS);
        return tls;
    }

    static X509Certificate practiceCa() {
        try {
            return (X509Certificate) store().getCertificate(PRACTICE_CA);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate certificate(String alias) {
        try {
            return (X509Certificate) store().getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the practice CA (and only it: never the antivirus root) as a PEM file a check can trust. */
    static Path writeTrustPem(Path file) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(practiceCa().getEncoded());
            return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n",
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext newServerContext(String leaf) {
        try {
            KeyStore all = store();
            Key key = all.getKey(leaf, PASSWORD);
            Certificate[] chain = all.getCertificateChain(leaf);
            if (!(key instanceof PrivateKey) || chain == null) {
                throw new IllegalStateException(RESOURCE + " has no key entry \"" + leaf + "\"");
            }
            // one entry per context, so the key manager cannot pick another leaf
            KeyStore one = KeyStore.getInstance("PKCS12");
            one.load(null, null);
            one.setKeyEntry("server", key, PASSWORD, chain);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(one, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the practice certificate \"" + leaf + "\" cannot be used: " + e.getMessage(), e);
        }
    }

    private static KeyStore store() {
        KeyStore loaded = store;
        if (loaded == null) {
            synchronized (PracticePki.class) {
                loaded = store;
                if (loaded == null) {
                    loaded = load();
                    store = loaded;
                }
            }
        }
        return loaded;
    }

    private static KeyStore load() {
        try (InputStream in = PracticePki.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, PASSWORD);
            return keyStore;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }
}
