package org.outboxdoctor.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;

/**
 * A throw-away certificate authority made at test time (EC P-256, SHA256withECDSA), so no key material is
 * committed and nothing expires in the repository. Uses the JDK's own providers for keys and signatures, so
 * BouncyCastle is never registered as a JVM-wide provider.
 */
public final class TestPki {

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHARED_CA = "Outbox Doctor Test CA";
    private static final List<String> SHARED_MAIL_NAMES =
            List.of("mail.example.test", "smtp.example.test", "imap.example.test", "localhost", "127.0.0.1");

    private final X509Certificate caCertificate;
    private final PrivateKey caKey;

    private TestPki(X509Certificate caCertificate, PrivateKey caKey) {
        this.caCertificate = caCertificate;
        this.caKey = caKey;
    }

    /**
     * A root CA "CN=caName". It is valid for a year either side of now (not the 30 days of leaves) so that
     * expired and not-yet-valid leaves still lie inside the issuer's validity, as they would in real life.
     */
    public static TestPki create(String caName) {
        KeyPair pair = newKeyPair();
        X500Name subject = cn(caName);
        Instant now = now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                Date.from(now.minus(365, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)),
                subject, pair.getPublic());
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new TestPki(sign(builder, pair.getPrivate()), pair.getPrivate());
    }

    /** A server certificate valid from yesterday for 30 days, for these DNS names and IP literals. */
    public Leaf issue(String cn, String... dnsNamesOrIps) {
        Instant now = now();
        return issue(cn, now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS), dnsNamesOrIps);
    }

    /** A server certificate whose validity ended yesterday. */
    public Leaf issueExpired(String cn, String... dnsNamesOrIps) {
        Instant now = now();
        return issue(cn, now.minus(31, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS), dnsNamesOrIps);
    }

    /** A server certificate with an explicit validity, e.g. one that is not valid yet. */
    public Leaf issue(String cn, Instant notBefore, Instant notAfter, String... dnsNamesOrIps) {
        KeyPair pair = newKeyPair();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                Date.from(notBefore), Date.from(notAfter), cn(cn), pair.getPublic());
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(caCertificate));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        addServerExtensions(builder, pair, dnsNamesOrIps);
        X509Certificate certificate = sign(builder, caKey);
        return new Leaf(certificate, pair.getPrivate(), new X509Certificate[] {certificate, caCertificate});
    }

    /** A self-signed server certificate valid from yesterday for 30 days; its chain is just itself. */
    public static Leaf selfSigned(String cn, String... sans) {
        KeyPair pair = newKeyPair();
        Instant now = now();
        X500Name name = cn(cn);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30, ChronoUnit.DAYS)),
                name, pair.getPublic());
        addServerExtensions(builder, pair, sans);
        X509Certificate certificate = sign(builder, pair.getPrivate());
        return new Leaf(certificate, pair.getPrivate(), new X509Certificate[] {certificate});
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public Path writeCaPem(Path file) {
        return writePem(file, caCertificate);
    }

    /** A PKCS12 trust store whose only entry is the CA certificate (alias "ca"). */
    public Path writeTrustStorePkcs12(Path file, char[] pw) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", caCertificate);
            return store(store, file, pw);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client TLS context that trusts this CA and nothing else (not the JDK's cacerts). */
    public SSLContext clientContext() {
        return clientContextTrusting(caCertificate);
    }

    /** A client TLS context that trusts exactly these certificates, e.g. a self-signed leaf. */
    public static SSLContext clientContextTrusting(X509Certificate... anchors) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < anchors.length; i++) {
                store.setCertificateEntry("anchor-" + i, anchors[i]);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- one PKI per JVM, because GreenMail can only ever be given one keystore ----

    private static final class Shared {
        static final TestPki PKI = create(SHARED_CA);
        static final Leaf MAIL_LEAF = PKI.issue("mail.example.test", SHARED_MAIL_NAMES.toArray(String[]::new));
    }

    private static Leaf greenMailLeaf;

    /** The JVM-wide CA "CN=Outbox Doctor Test CA", made on first use. */
    public static TestPki shared() {
        return Shared.PKI;
    }

    /** A leaf of {@link #shared()} for mail/smtp/imap.example.test, localhost and 127.0.0.1. */
    public static Leaf sharedMailLeaf() {
        return Shared.MAIL_LEAF;
    }

    /**
     * Makes every GreenMail TLS server in this JVM present {@link #sharedMailLeaf()}. Call it before the first
     * GreenMail TLS server starts (e.g. in {@code @BeforeAll}); calling it again is free.
     *
     * @throws IllegalStateException if GreenMail already loaded another keystore, which it never reloads
     */
    public static synchronized void ensureGreenMailUsesSharedLeaf() {
        if (greenMailLeaf == null) {
            installGreenMailKeystore(sharedMailLeaf());
        } else if (greenMailLeaf != sharedMailLeaf()) {
            throw new IllegalStateException("GreenMail was given another leaf (" + greenMailLeaf
                    + ") and never reloads its keystore");
        }
    }

    /**
     * Points GreenMail's TLS keystore properties at this leaf. GreenMail reads them once per JVM, when its
     * first TLS server socket is made, so this checks GreenMail's live keystore afterwards and fails loudly
     * rather than let a test talk to GreenMail's built-in certificate.
     */
    public static synchronized void installGreenMailKeystore(Leaf leaf) {
        if (greenMailLeaf == leaf) {
            return;
        }
        if (greenMailLeaf != null) {
            throw new IllegalStateException("GreenMail already uses " + greenMailLeaf + " and never reloads it");
        }
        char[] password = "greenmail-test".toCharArray();
        try {
            Path file = Files.createTempFile("outbox-doctor-greenmail-", ".p12");
            file.toFile().deleteOnExit();
            leaf.writePkcs12(file, password);
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, file.toString());
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, new String(password));
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, new String(password));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // This forces GreenMail's one-time load now, while the properties are ours.
        KeyStore live = ((DummySSLServerSocketFactory) DummySSLServerSocketFactory.getDefault()).getKeyStore();
        try {
            if (!leaf.certificate().equals(live.getCertificate(Leaf.ALIAS))) {
                throw new IllegalStateException("GreenMail had already loaded its TLS keystore before "
                        + "installGreenMailKeystore was called; call TestPki.ensureGreenMailUsesSharedLeaf() "
                        + "before any GreenMail TLS server starts in this JVM");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        greenMailLeaf = leaf;
    }

    // ---- the leaf ----

    /** A server key and certificate with its chain (leaf first, then the CA unless self-signed). */
    public static final class Leaf {
        static final String ALIAS = "server";

        private final X509Certificate certificate;
        private final PrivateKey key;
        private final X509Certificate[] chain;

        private Leaf(X509Certificate certificate, PrivateKey key, X509Certificate[] chain) {
            this.certificate = certificate;
            this.key = key;
            this.chain = chain;
        }

        public X509Certificate certificate() {
            return certificate;
        }

        public PrivateKey key() {
            return key;
        }

        public X509Certificate[] chain() {
            return chain.clone();
        }

        /** A PKCS12 key store holding the key and chain under alias "server", with pw for store and key. */
        public KeyStore keyStore(char[] pw) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(ALIAS, key, pw, chain.clone());
                return store;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public Path writePkcs12(Path file, char[] pw) {
            try {
                return store(keyStore(pw), file, pw);
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public Path writeCertificatePem(Path file) {
            return writePem(file, certificate);
        }

        /** A server-side TLS context presenting this leaf and its chain. */
        public SSLContext serverContext() {
            char[] pw = "in-memory".toCharArray();
            try {
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keyStore(pw), pw);
                SSLContext context = SSLContext.getInstance("TLSv1.3");
                context.init(kmf.getKeyManagers(), null, null);
                return context;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return "Leaf[" + certificate.getSubjectX500Principal().getName() + "]";
        }
    }

    // ---- helpers ----

    private static void addServerExtensions(X509v3CertificateBuilder builder, KeyPair pair, String... sans) {
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
            if (sans.length > 0) {
                GeneralName[] names = new GeneralName[sans.length];
                for (int i = 0; i < sans.length; i++) {
                    // IPAddress checks the literal syntax only; InetAddress would resolve host names via DNS.
                    boolean ip = IPAddress.isValid(sans[i]);
                    names[i] = new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, sans[i]);
                }
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(signer)));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name cn(String cn) {
        // The builder escapes commas and the like, which string concatenation into "CN=..." would not.
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).build();
    }

    private static BigInteger serial() {
        return new BigInteger(63, RANDOM).add(BigInteger.ONE);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Path store(KeyStore store, Path file, char[] pw) throws GeneralSecurityException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, pw);
        }
        return file;
    }

    private static Path writePem(Path file, Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            String pem = "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
            return Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
