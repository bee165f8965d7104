package org.outboxdoctor.probe.login;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads what an IMAP server sends before the mail library does (RFC 9051 section 4.3): a literal announced as
 * {@code {N}} with N beyond {@link #MAX_LITERAL} is refused before the library sizes a buffer for it, and POP3's
 * "-ERR" lines are kept, because a login failure without one was never a refusal.
 */
final class LiteralWatch {
    /** Far more than any login, capability or search answer; far less than a heap. */
    static final long MAX_LITERAL = 4L * 1024 * 1024;

    private volatile long refusedLiteral = -1;
    private final java.util.Deque<String> errors = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** Whether the server sent "-ERR" with this text (or with any text, for Angus' "login failed"). */
    boolean saidError(String text) {
        String said = String.valueOf(text).trim();
        return errors.stream().anyMatch(line -> said.equals("login failed") || line.substring(4).trim().equals(said));
    }

    /** The literal size that was refused, or -1. */
    long refusedLiteral() {
        return refusedLiteral;
    }

    /** The server's bytes as the library will read them. */
    Guard watch(InputStream in) {
        return new Guard(in);
    }

    /** The server announced more than the watch lets through. */
    static final class OversizedLiteralException extends IOException {
        OversizedLiteralException(String announced) {
            super("the server announced a literal of " + announced + " bytes; more than " + MAX_LITERAL / (1024 * 1024)
                    + " MB is not read");
        }
    }

    /** One connection's stream; after TLS is layered over it, it carries ciphertext and only passes bytes on. */
    final class Guard extends FilterInputStream {
        private final byte[] tail = new byte[24];
        private final byte[] head = new byte[200];
        private int headLength;
        private int tailLength;
        private boolean overflowed;
        private volatile boolean passThrough;

        private Guard(InputStream in) {
            super(in);
        }

        void passThrough() {
            passThrough = true;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && !passThrough) {
                inspect((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (!passThrough) {
                for (int i = 0; i < n; i++) {
                    inspect(b[off + i]);
                }
            }
            return n;
        }

        private void inspect(byte b) throws IOException {
            if (b != '\n') {
                if (headLength < head.length) {
                    head[headLength++] = b;
                }
                if (tailLength == tail.length) {
                    System.arraycopy(tail, 1, tail, 0, tail.length - 1);
                    tailLength--;
                    overflowed = true;
                }
                tail[tailLength++] = b;
                return;
            }
            String announced = announcedLiteral();
            String line = new String(head, 0, headLength, StandardCharsets.UTF_8);
            headLength = 0;
            if (line.startsWith("-ERR")) {
                errors.addLast(line.trim());
                if (errors.size() > 8) {
                    errors.removeFirst();
                }
            }
            tailLength = 0;
            overflowed = false;
            if (announced != null && (announced.length() > 12 || Long.parseLong(announced) > MAX_LITERAL)) {
                refusedLiteral = announced.length() > 12 ? Long.MAX_VALUE : Long.parseLong(announced);
                throw new OversizedLiteralException(announced.length() > 12 ? announced.substring(0, 12) + "…" : announced);
            }
        }

        /** The digits of a {N} or {N+} that ends the line just read, or null. */
        private String announcedLiteral() {
            int end = tailLength;
            if (end > 0 && tail[end - 1] == '\r') {
                end--;
            }
            if (end < 3 || tail[end - 1] != '}') {
                return null;
            }
            int close = end - 1;
            int digitsEnd = close > 0 && tail[close - 1] == '+' ? close - 1 : close;
            int start = digitsEnd;
            while (start > 0 && tail[start - 1] >= '0' && tail[start - 1] <= '9') {
                start--;
            }
            if (start == digitsEnd) {
                return null;
            }
            if (start == 0 && overflowed) {
                return "9".repeat(13); // more digits than the window holds: beyond any limit
            }
            if (start == 0 || tail[start - 1] != '{') {
                return null;
            }
            return new String(tail, start, digitsEnd - start, StandardCharsets.US_ASCII);
        }
    }
}
