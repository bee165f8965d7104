package org.outboxdoctor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GreenMailTlsTest {

    @BeforeAll
    static void useSharedLeaf() {
        TestPki.ensureGreenMailUsesSharedLeaf();
    }

    @Test
    void ensuringTwiceIsHarmless() {
        TestPki.ensureGreenMailUsesSharedLeaf();
        assertTrue(System.getProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY).endsWith(".p12"));
    }

    @Test
    void anotherLeafCannotReplaceTheOneGreenMailLoaded() {
        assertThrows(IllegalStateException.class,
                () -> TestPki.installGreenMailKeystore(TestPki.selfSigned("other.example.test")));
    }

    @Test
    void greenMailSmtpsPresentsTheSharedLeaf() throws Exception {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        greenMail.start();
        try {
            int port = greenMail.getSmtps().getPort();
            assertTrue(port > 0);
            // Trusts the shared CA only, and checks the name as a mail client would (127.0.0.1 is an IP SAN).
            try (SSLSocket socket = (SSLSocket) TestPki.shared().clientContext().getSocketFactory()
                    .createSocket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                SSLParameters params = socket.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(params);
                socket.startHandshake();
                X509Certificate peer = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                assertEquals(TestPki.sharedMailLeaf().certificate(), peer);
                assertEquals("CN=mail.example.test", peer.getSubjectX500Principal().getName());
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                assertTrue(in.readLine().startsWith("220 "));
            }
        } finally {
            greenMail.stop();
        }
    }
}
