package org.outboxdoctor.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.naming.ldap.LdapName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPkiTest {

    private static final TestPki PKI = TestPki.create("Unit Test CA");

    @TempDir
    Path dir;

    @Test
    void caIsARootWithTheGivenName() throws Exception {
        X509Certificate ca = PKI.caCertificate();
        assertEquals("CN=Unit Test CA", ca.getSubjectX500Principal().getName());
        assertEquals(ca.getSubjectX500Principal(), ca.getIssuerX500Principal());
        assertTrue(ca.getBasicConstraints() >= 0, "CA flag");
        ca.verify(ca.getPublicKey());
    }

    @Test
    void issuedLeafValidatesAgainstTheCaWithSansAndServerAuth() throws Exception {
        TestPki.Leaf leaf = PKI.issue("mail.example.test", "mail.example.test", "127.0.0.1", "::1");
        X509Certificate cert = leaf.certificate();
        assertEquals("CN=mail.example.test", cert.getSubjectX500Principal().getName());
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), cert.getExtendedKeyUsage());
        assertEquals(-1, cert.getBasicConstraints());
        Set<String> sans = cert.getSubjectAlternativeNames().stream()
                .map(san -> san.get(0) + ":" + san.get(1))
                .collect(Collectors.toSet());
        assertEquals(Set.of("2:mail.example.test", "7:127.0.0.1", "7:0:0:0:0:0:0:0:1"), sans);
        assertArrayEquals(new X509Certificate[] {cert, PKI.caCertificate()}, leaf.chain());
        long days = (cert.getNotAfter().getTime() - cert.getNotBefore().getTime()) / 86_400_000L;
        assertEquals(31, days);

        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(PKI.caCertificate(), null)));
        params.setRevocationEnabled(false);
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        CertPathValidator.getInstance("PKIX").validate(cf.generateCertPath(List.of(cert)), params);
    }

    @Test
    void expiredLeafEndedYesterday() {
        X509Certificate cert = PKI.issueExpired("old.example.test", "old.example.test").certificate();
        assertThrows(CertificateExpiredException.class, cert::checkValidity);
        assertTrue(cert.getNotAfter().getTime() < System.currentTimeMillis() - 23 * 3_600_000L);
    }

    @Test
    void selfSignedLeafIsItsOwnChain() throws Exception {
        TestPki.Leaf leaf = TestPki.selfSigned("router.local", "router.local", "127.0.0.1");
        X509Certificate cert = leaf.certificate();
        assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
        cert.verify(cert.getPublicKey());
        assertEquals(1, leaf.chain().length);
    }

    @Test
    void namesWithCommasAreEscapedNotInjected() throws Exception {
        X509Certificate cert = PKI.issue("evil, O=Injected").certificate();
        LdapName subject = new LdapName(cert.getSubjectX500Principal().getName());
        assertEquals(1, subject.size());
        assertEquals("evil, O=Injected", subject.getRdn(0).getValue());
    }

    @Test
    void writesPemTrustStoreAndKeyStore() throws Exception {
        Path pem = PKI.writeCaPem(dir.resolve("ca.pem"));
        assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----\n"));
        try (InputStream in = Files.newInputStream(pem)) {
            assertEquals(PKI.caCertificate(), CertificateFactory.getInstance("X.509").generateCertificate(in));
        }

        char[] pw = "changeit".toCharArray();
        KeyStore trust = load(PKI.writeTrustStorePkcs12(dir.resolve("trust.p12"), pw), pw);
        assertEquals(PKI.caCertificate(), trust.getCertificate("ca"));
        assertTrue(trust.isCertificateEntry("ca"));

        TestPki.Leaf leaf = PKI.issue("smtp.example.test", "smtp.example.test");
        KeyStore keys = load(leaf.writePkcs12(dir.resolve("server.p12"), pw), pw);
        assertEquals(List.of("server"), Collections.list(keys.aliases()));
        assertEquals(leaf.key(), keys.getKey("server", pw));
        assertEquals(Arrays.asList(leaf.chain()), Arrays.asList(keys.getCertificateChain("server")));
        assertNotNull(leaf.keyStore(pw).getKey("server", pw));
    }

    @Test
    void sharedPkiIsMadeOnce() {
        assertSame(TestPki.shared(), TestPki.shared());
        assertSame(TestPki.sharedMailLeaf(), TestPki.sharedMailLeaf());
        assertEquals("CN=Outbox Doctor Test CA", TestPki.shared().caCertificate().getSubjectX500Principal().getName());
        assertEquals(TestPki.shared().caCertificate(), TestPki.sharedMailLeaf().chain()[1]);
    }

    private static KeyStore load(Path file, char[] pw) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, pw);
        }
        return store;
    }
}
