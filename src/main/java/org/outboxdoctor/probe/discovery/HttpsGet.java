package org.outboxdoctor.probe.discovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.outboxdoctor.probe.ConnectResult;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.tls.TlsClient;
import org.outboxdoctor.probe.tls.TrustConfig;

/**
 * One HTTPS GET of a small document, for Mozilla autoconfig. Java 17's HttpClient always resolves names
 * through the operating system; this one connects to the address our DNS gave, verifies the certificate
 * for the name strictly, speaks HTTP/1.0 (no chunking, no keep-alive) and reads at most 64 KiB.
 */
final class HttpsGet {
    static final int MAX_BODY = 64 * 1024;

    private final Dialer dialer;
    private final TrustConfig trust;

    HttpsGet(Dialer dialer, TrustConfig trust) {
        this.dialer = dialer;
        this.trust = trust;
    }

    /** The body of a 200 answer; otherwise an exception whose message says what happened. */
    String get(String host, InetAddress address, int port, String path, Deadline deadline) throws IOException {
        ConnectResult connect = dialer.connect(new Endpoint(host, address, port, port), deadline);
        if (!connect.connected()) {
            throw new IOException(connect.failure().describe());
        }
        try (SSLSocket tls = new TlsClient(host, trust, true).handshake(connect.socket(), deadline.cap(java.time.Duration.ofSeconds(5)))) {
            OutputStream out = tls.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nUser-Agent: OutboxDoctor\r\n"
                    + "Accept: application/xml, text/xml\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = read(tls, deadline);
            int headerEnd = response.indexOf("\r\n\r\n");
            String status = response.lines().findFirst().orElse("");
            if (!status.matches("HTTP/1\\.[01] 200\\b.*")) {
                throw new IOException("answered \"" + status + "\"");
            }
            return headerEnd < 0 ? "" : response.substring(headerEnd + 4);
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer in time");
        } finally {
            dialer.cancellation().release(connect.socket());
        }
    }

    private static String read(SSLSocket socket, Deadline deadline) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (body.size() <= MAX_BODY) {
            if (deadline.expired()) {
                throw new IOException("no complete answer in time");
            }
            socket.setSoTimeout(deadline.cap(java.time.Duration.ofSeconds(5)));
            int n = in.read(buffer);
            if (n < 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(buffer, 0, n);
        }
        throw new IOException("the answer is larger than " + MAX_BODY + " bytes");
    }
}
