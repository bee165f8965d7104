package org.outboxdoctor.probe.login;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Tells from the bytes the mail library writes, never from what the server sends, when the password left this
 * computer: IMAP {@code LOGIN} (RFC 9051 section 6.2.3), POP3 {@code PASS} and {@code APOP} (RFC 1939), and the answer
 * to a SASL challenge or a SASL initial response ({@code AUTHENTICATE}, {@code AUTH}, RFC 4959 and 5034). Reading the
 * library's debug output instead would let a server fake the moment by sending a line that looks like it.
 */
final class LoginCommandWatch {
    /** A command line longer than this carries no login verb at its start that we still need to see. */
    private static final int HEAD = 128;
    private static final Pattern LITERAL_AT_END = Pattern.compile("\\{\\d+}$");

    private final MailboxProtocol protocol;
    private final AtomicBoolean sent;
    /** A login command went out whose secret follows on the next line (a SASL answer or a synchronising literal). */
    private volatile boolean secretNext;

    LoginCommandWatch(MailboxProtocol protocol, AtomicBoolean sent) {
        this.protocol = protocol;
        this.sent = sent;
    }

    /** The library's bytes to the server, seen on their way. */
    Tap tap(OutputStream out) {
        return new Tap(out);
    }

    /** @param end the line's last bytes, where a literal's announcement stands */
    private void commandLine(String line, String end) {
        if (sent.get()) {
            return;
        }
        if (secretNext) {
            secretNext = false;
            // "*" cancels a SASL exchange (RFC 9051 section 6.2.2) without an answer
            if (!line.equals("*")) {
                sent.set(true);
            }
            return;
        }
        String[] words = line.split(" ", 4);
        int verbAt = protocol == MailboxProtocol.IMAP ? 1 : 0;
        if (words.length <= verbAt) {
            return;
        }
        String verb = words[verbAt].toUpperCase(Locale.ROOT);
        int argumentsAfterVerb = words.length - verbAt - 1;
        switch (verb) {
            case "LOGIN" -> {
                if (protocol == MailboxProtocol.IMAP) {
                    sentOrNext(!LITERAL_AT_END.matcher(end).find());
                }
            }
            case "PASS", "APOP" -> {
                if (protocol == MailboxProtocol.POP3) {
                    sent.set(true);
                }
            }
            case "AUTHENTICATE", "AUTH" -> sentOrNext(argumentsAfterVerb >= 2); // mechanism plus an initial response
            default -> {
            }
        }
    }

    private void sentOrNext(boolean secretOnThisLine) {
        if (secretOnThisLine) {
            sent.set(true);
        } else {
            secretNext = true;
        }
    }

    private static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** One connection's outgoing stream; under TLS the plain stream carries ciphertext and is only passed on. */
    final class Tap extends FilterOutputStream {
        private final ByteArrayOutputStream head = new ByteArrayOutputStream(HEAD);
        private final byte[] end = new byte[24];
        private int endLength;
        private boolean lineTooLong;
        private volatile boolean passThrough;

        private Tap(OutputStream out) {
            super(out);
        }

        void passThrough() {
            passThrough = true;
        }

        @Override
        public void write(int b) throws IOException {
            see(b);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                see(b[i]);
            }
            out.write(b, off, len);
        }

        private void see(int b) {
            if (passThrough) {
                return;
            }
            if (b == '\n') {
                String line = withoutCr(head.toString(StandardCharsets.ISO_8859_1));
                String last = withoutCr(new String(end, 0, endLength, StandardCharsets.ISO_8859_1));
                head.reset();
                endLength = 0;
                lineTooLong = false;
                commandLine(line, last);
                return;
            }
            if (endLength == end.length) {
                System.arraycopy(end, 1, end, 0, end.length - 1);
                endLength--;
            }
            end[endLength++] = (byte) b;
            if (head.size() < HEAD) {
                head.write(b);
            } else if (!lineTooLong) {
                lineTooLong = true;
                // the secret may be all that is left of a long line (a literal or a long SASL answer)
                if (secretNext) {
                    commandLine(head.toString(StandardCharsets.ISO_8859_1), "");
                }
            }
        }

    }
}
