package org.outboxdoctor.probe.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.outboxdoctor.probe.Causes;
import org.outboxdoctor.settings.InvalidSettingException;

/**
 * The certificate authorities a mail program on this computer would trust: the JDK's, the operating
 * system's (Windows-ROOT, macOS KeychainStore) where there is one, and any the user adds.
 */
public final class TrustConfig {
    private static final String[] OS_STORES = {"Windows-ROOT", "KeychainStore"};

    private final List<X509TrustManager> managers;
    private final List<String> sources;

    private TrustConfig(List<X509TrustManager> managers, List<String> sources) {
        this.managers = List.copyOf(managers);
        this.sources = List.copyOf(sources);
    }

    /** JDK and operating-system trust, plus the given extra store (PEM, PKCS12 or JKS). */
    public static TrustConfig load(Optional<Path> extraStore, char[] extraStorePassword) {
        List<X509TrustManager> managers = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        managers.add(managerFor(null));
        sources.add("Java");
        for (String type : OS_STORES) {
            osStore(type).ifPresent(store -> {
                managers.add(managerFor(store));
                sources.add(type);
            });
        }
        extraStore.ifPresent(path -> {
            managers.add(managerFor(readStore(path, extraStorePassword)));
            sources.add(path.getFileName().toString());
        });
        return new TrustConfig(managers, sources);
    }

    /** Trust in exactly the given store, nothing else (tests, practice). */
    public static TrustConfig only(KeyStore store) {
        return new TrustConfig(List.of(managerFor(store)), List.of("given store"));
    }

    /** Null when some source trusts the chain, else the reason the first source gave. */
    public String problemWith(X509Certificate[] chain, String authType) {
        String first = null;
        for (X509TrustManager manager : managers) {
            try {
                manager.checkServerTrusted(chain, authType);
                return null;
            } catch (CertificateException | RuntimeException e) {
                if (first == null) {
                    first = Causes.rootMessage(e);
                }
            }
        }
        return first == null ? "no trust store available" : first;
    }

    public List<String> sources() {
        return sources;
    }

    private static Optional<KeyStore> osStore(String type) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            return Optional.of(store);
        } catch (GeneralSecurityException | IOException e) {
            return Optional.empty();
        }
    }

    private static X509TrustManager managerFor(KeyStore store) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK offers no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK trust manager cannot be set up", e);
        }
    }

    private static KeyStore readStore(Path path, char[] password) {
        if (!Files.isReadable(path)) {
            throw InvalidSettingException.of("problem.trustStore.unreadable", path);
        }
        try {
            if (looksLikePem(path)) {
                return pemStore(path);
            }
            return KeyStore.getInstance(path.toFile(), password);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw InvalidSettingException.of("problem.trustStore.format", path.getFileName());
        }
    }

    private static boolean looksLikePem(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4096);
            return new String(head, java.nio.charset.StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----");
        }
    }

    private static KeyStore pemStore(Path path) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(path)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new CertificateException("no certificate in file");
            }
            int i = 0;
            for (Certificate c : certificates) {
                store.setCertificateEntry("extra-" + i++, c);
            }
        }
        return store;
    }
}
