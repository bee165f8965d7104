package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that answer AUTH outside RFC 4954: 502, 250, a prompt that never ends, a new prompt after the
 * credentials. Each is a protocol problem of the server, never a verdict on the password, and the credentials
 * cross each connection at most once (counted from what the peer received).
 */
class AuthOddityPeersTest {
    private static final String USER = "alice@example.test";
    private static final String PLAIN = Base64.getEncoder().encodeToString(
            ("\0" + USER + "\0" + HostileCli.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String LOGIN_PASSWORD = Base64.getEncoder().encodeToString(
            HostileCli.PASSWORD.getBytes(StandardCharsets.UTF_8));

    private final List<HostilePeer> peers = new ArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void closePeers() throws Exception {
        for (HostilePeer p : peers) {
            p.close();
        }
    }

    @Test
    void authAnsweredWith502() {
        JsonObject run = plainPortCheck("PLAIN LOGIN", line -> line.startsWith("AUTH")
                ? "502 5.5.1 Command not implemented" : null);
        assertProtocolProblem(run, "502 5.5.1 Command not implemented");
    }

    @Test
    void authAnsweredWith250() {
        JsonObject run = plainPortCheck("PLAIN", line -> line.startsWith("AUTH") ? "250 2.0.0 Ok" : null);
        assertProtocolProblem(run, "250 2.0.0 Ok");
    }

    @Test
    void aPromptThatNeverEnds() {
        JsonObject run = plainPortCheck("LOGIN", line -> "334 VXNlcm5hbWU6");
        assertProtocolProblem(run, "334 VXNlcm5hbWU6");
        assertTrue(received.contains("*"), "the exchange was cancelled: " + received);
    }

    @Test
    void aNewPromptAfterTheInitialResponse() {
        JsonObject run = plainPortCheck("PLAIN", line -> line.startsWith("AUTH") || line.equals(PLAIN) ? "334 " : null);
        assertProtocolProblem(run, "334");
        assertFalse(received.contains(PLAIN), "the credentials were not sent again on their own: " + received);
    }

    @Test
    void authenticatedBeforeThePasswordWasAskedFor() {
        JsonObject run = plainPortCheck("LOGIN", line -> "235 2.7.0 Authentication successful");
        List<String> codes = HostileCli.codes(run);
        assertTrue(codes.contains("AUTH_PROTOCOL_ERROR"), run.toString());
        assertFalse(codes.contains("CAN_SEND"), run.toString());
        assertTrue(received.stream().noneMatch(l -> l.equals(LOGIN_PASSWORD)), "the password stayed here: " + received);
    }

    @Test
    void aRefusalWithAPolicyCodeIsStillARefusal() {
        JsonObject run = plainPortCheck("PLAIN", line -> line.startsWith("AUTH")
                ? "535 5.7.8 Error: authentication failed: authentication failure" : null);
        assertTrue(HostileCli.codes(run).contains("WRONG_PASSWORD"), run.toString());
        assertFalse(HostileCli.codes(run).contains("AUTH_PROTOCOL_ERROR"), run.toString());
    }

    private void assertProtocolProblem(JsonObject run, String evidence) {
        List<String> codes = HostileCli.codes(run);
        assertTrue(codes.contains("AUTH_PROTOCOL_ERROR"), codes + "\n" + run);
        assertFalse(codes.contains("WRONG_PASSWORD") || codes.contains("SMTP_AUTH_REFUSED"), codes.toString());
        assertTrue(HostileCli.finding(run, "AUTH_PROTOCOL_ERROR").get("evidence").toString().contains(evidence),
                run.toString());
        assertEquals(1, run.get("authAttempts").getAsInt());
        long credentials = received.stream().filter(l -> l.contains(PLAIN) || l.equals(LOGIN_PASSWORD)).count();
        assertEquals(1, credentials, "the credentials crossed the wire once: " + received);
    }

    /**
     * The user's port 25 without encryption, login allowed in clear: the peer offers {@code mechanisms} and
     * answers every line of the login with {@code auth} (null: the usual answer).
     */
    private JsonObject plainPortCheck(String mechanisms, UnaryOperator<String> auth) {
        HostilePeer peer = HostilePeer.start((s, in, out) -> smtp(in, out, mechanisms, auth));
        peers.add(peer);
        return HostileCli.check(25, "none", Map.of(25, peer.port()), "--allow-plaintext-auth");
    }

    private void smtp(InputStream in, OutputStream out, String mechanisms, UnaryOperator<String> auth) throws IOException {
        HostilePeer.write(out, "220 odd.example.test ESMTP\r\n");
        boolean inAuth = false;
        String line;
        while ((line = HostilePeer.readLine(in)) != null) {
            received.add(line);
            String upper = line.toUpperCase(java.util.Locale.ROOT);
            String reply;
            if (upper.startsWith("EHLO")) {
                reply = "250-odd.example.test\r\n250 AUTH " + mechanisms;
            } else if (upper.startsWith("AUTH") || inAuth) {
                inAuth = true;
                reply = auth.apply(line);
                if (reply == null) {
                    reply = line.equals("*") ? "501 5.7.0 Authentication aborted" : "535 5.7.8 Error: authentication failed";
                }
                inAuth = reply.startsWith("334");
            } else if (upper.startsWith("RCPT")) {
                reply = "554 5.7.1 Relay access denied";
            } else if (upper.startsWith("QUIT")) {
                HostilePeer.write(out, "221 2.0.0 Bye\r\n");
                return;
            } else {
                reply = "250 2.0.0 Ok";
            }
            HostilePeer.write(out, reply + "\r\n");
        }
    }
}
