package org.outboxdoctor.practice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a {@link ScriptedSmtpServer} observed over all its connections, for tests to assert on. Credentials never
 * reach the command list; the raw bytes keep them only as they crossed the wire (ciphertext once TLS is on).
 */
final class SmtpServerLog {

    static final String MASK = "********";

    private final AtomicInteger authAttempts = new AtomicInteger();
    private final AtomicInteger tokens = new AtomicInteger();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();

    /** A command line as received, with the payload of AUTH masked. */
    void command(String verb, String line) {
        commands.add(verb.equals("AUTH") ? maskAuth(line) : line);
        if (verb.equals("AUTH")) {
            authAttempts.incrementAndGet();
        }
    }

    /** A client's answer to a SASL challenge: it carries a user name or a password, so only its place is kept. */
    void saslAnswer() {
        commands.add(MASK);
    }

    /** A SASL message that carried a bearer token ("auth=Bearer …") arrived. */
    void tokenReceived() {
        tokens.incrementAndGet();
    }

    int tokensReceived() {
        return tokens.get();
    }

    void lineTooLong() {
        commands.add("<line too long>");
    }

    void wireBytes(byte[] bytes) {
        synchronized (raw) {
            raw.write(bytes, 0, bytes.length);
        }
    }

    int authAttempts() {
        return authAttempts.get();
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    String receivedRaw() {
        synchronized (raw) {
            return raw.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** "AUTH PLAIN dXNlcg..." becomes "AUTH PLAIN ********": commands() never holds credentials. */
    static String maskAuth(String line) {
        String[] parts = line.split(" ", 3);
        return parts.length < 3 ? line : parts[0] + " " + parts[1] + " " + MASK;
    }
}
