package org.outboxdoctor.probe.smtp;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.ProbeFailure.Oddity;
import org.outboxdoctor.probe.Transcript;
import org.outboxdoctor.probe.tls.TlsClient;

/**
 * One SMTP connection, spoken line by line. Reads are bounded in size and in time: a reply must be
 * complete within the reply timeout (not merely make progress), so a server that sends one byte a
 * second or an endless line cannot hold the check.
 */
public final class SmtpConversation implements Closeable {
    static final int MAX_LINE_BYTES = 16 * 1024;
    static final int MAX_REPLY_LINES = 500;
    private static final byte[] CRLF = {'\r', '\n'};

    private final Endpoint endpoint;
    private final Transcript transcript;
    private final Deadline deadline;
    private final Duration replyTimeout;
    private final Cancellation cancellation;
    /** The TCP connection: closing it is what cancellation does, since closing a TLS socket mid-handshake can block. */
    private final Socket plain;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int bufferStart;
    private int bufferEnd;

    public SmtpConversation(Socket socket, Endpoint endpoint, Transcript transcript, Deadline deadline,
                            Duration replyTimeout, Cancellation cancellation) throws IOException {
        this.endpoint = endpoint;
        this.transcript = transcript;
        this.deadline = deadline;
        this.replyTimeout = replyTimeout;
        this.cancellation = cancellation;
        this.plain = socket;
        use(socket);
    }

    private void use(Socket s) throws IOException {
        this.socket = s;
        this.in = s.getInputStream();
        this.out = s.getOutputStream();
    }

    public Socket socket() {
        return socket;
    }

    /** Replaces the connection by a TLS one on top of it (STARTTLS or implicit TLS). */
    public SSLSocket startTls(TlsClient tls, String step) throws SmtpStepException {
        if (bufferEnd > bufferStart) {
            // bytes sent before the handshake could be injected by a man in the middle (CVE-2011-0411)
            transcript.note("discarded " + (bufferEnd - bufferStart) + " bytes the server sent before TLS started");
            bufferStart = bufferEnd = 0;
        }
        try {
            SSLSocket secured = tls.handshake(socket, deadline.cap(replyTimeout));
            use(secured);
            transcript.note("TLS started: " + secured.getSession().getProtocol() + ", " + secured.getSession().getCipherSuite());
            return secured;
        } catch (SSLException e) {
            FailureKind kind = TlsClient.isPlaintextReply(e) ? FailureKind.TLS_GOT_PLAINTEXT : FailureKind.TLS_FAILED;
            throw fail(kind, step, String.valueOf(e.getMessage()), 0);
        } catch (SocketTimeoutException e) {
            throw fail(FailureKind.REPLY_TIMEOUT, step, "TLS handshake", deadline.cap(replyTimeout));
        } catch (IOException e) {
            throw ioFailure(step, e);
        }
    }

    public SmtpReply send(String command, String step) throws SmtpStepException {
        return send(Command.of(command, step));
    }

    /** Sends bytes that must never be written down; the transcript shows {@code shown} instead. */
    public SmtpReply sendSecret(String shown, byte[] line, String step) throws SmtpStepException {
        return send(new Command(shown, line, step));
    }

    public SmtpReply send(Command command) throws SmtpStepException {
        transcript.client(command.shown());
        write(List.of(command), command.step());
        return read(command.step());
    }

    /**
     * Sends a group of commands in one write and reads their replies in order (RFC 2920 PIPELINING), for a server
     * whose latest EHLO offered PIPELINING. The transcript shows the commands, then the replies, as on the wire.
     * Each reply is bounded as in {@link #send}; a reply that fails to come fails the step of the command it
     * answers. A 421 ends the group: the server is closing, so no further reply is awaited and the list is
     * shorter than the group, as a client that waited for each reply would not have waited for more.
     */
    public List<SmtpReply> pipeline(List<Command> group) throws SmtpStepException {
        transcript.note("PIPELINING: " + group.size() + " commands sent together");
        for (Command command : group) {
            transcript.client(command.shown());
        }
        write(group, group.get(0).step());
        List<SmtpReply> replies = new ArrayList<>(group.size());
        for (Command command : group) {
            SmtpReply reply = read(command.step());
            replies.add(reply);
            if (reply.code() == 421) {
                break;
            }
        }
        return replies;
    }

    /** Writes the lines, each ended by CRLF, in one write: one TCP segment or TLS record rather than two per line. */
    private void write(List<Command> commands, String step) throws SmtpStepException {
        setAsideUnrequested();
        int length = 0;
        for (Command command : commands) {
            length += command.line().length + CRLF.length;
        }
        byte[] bytes = new byte[length];
        int at = 0;
        for (Command command : commands) {
            System.arraycopy(command.line(), 0, bytes, at, command.line().length);
            at += command.line().length;
            bytes[at++] = CRLF[0];
            bytes[at++] = CRLF[1];
        }
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw ioFailure(step, e);
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0); // may hold an AUTH line
        }
    }

    /**
     * Bytes that are here before a command goes out answer nothing this client asked (one reply per command, RFC
     * 5321 and 2920): read as the next command's reply they would put every later reply out of step. They are set
     * aside, shown in the transcript.
     */
    private void setAsideUnrequested() {
        try {
            int available = in.available();
            if (available > 0 && bufferEnd < buffer.length) {
                int n = in.read(buffer, bufferEnd, Math.min(available, buffer.length - bufferEnd));
                bufferEnd += Math.max(n, 0);
            }
        } catch (IOException e) {
            // the next read meets the same trouble and reports it as that step's failure
        }
        if (bufferEnd > bufferStart) {
            String text = new String(buffer, bufferStart, bufferEnd - bufferStart, StandardCharsets.UTF_8);
            transcript.note("set aside " + (bufferEnd - bufferStart) + " bytes the server sent unasked:");
            for (String line : text.split("\r?\n")) {
                transcript.server(line);
            }
            bufferStart = bufferEnd = 0;
        }
    }

    public SmtpReply read(String step) throws SmtpStepException {
        Deadline replyDeadline = deadline.within(replyTimeout);
        List<String> lines = new ArrayList<>();
        int code = -1;
        while (true) {
            String line = readLine(step, replyDeadline);
            transcript.server(line);
            if (line.length() < 3 || !asciiDigit(line.charAt(0)) || !asciiDigit(line.charAt(1))
                    || !asciiDigit(line.charAt(2)) || (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-')) {
                throw fail(FailureKind.GARBAGE, step, printable(line), 0);
            }
            int lineCode = Integer.parseInt(line.substring(0, 3));
            if (code == -1) {
                code = lineCode;
            } else if (lineCode != code) {
                throw odd(FailureKind.GARBAGE, step, "reply codes change inside one reply: " + code + " then " + lineCode,
                        Oddity.of(Oddity.Kind.CODES_CHANGE, code, lineCode));
            }
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) == ' ') {
                return new SmtpReply(code, lines);
            }
            if (lines.size() >= MAX_REPLY_LINES) {
                throw odd(FailureKind.OVERSIZED, step, "more than " + MAX_REPLY_LINES + " lines in one reply",
                        Oddity.of(Oddity.Kind.TOO_MANY_LINES, MAX_REPLY_LINES));
            }
        }
    }

    private String readLine(String step, Deadline replyDeadline) throws SmtpStepException {
        byte[] line = new byte[256];
        int length = 0;
        while (true) {
            if (bufferStart == bufferEnd) {
                try {
                    fill(step, replyDeadline);
                } catch (SmtpStepException e) {
                    if (length > 0 && e.failure().kind() == FailureKind.CLOSED) {
                        // an unfinished line and then silence: whatever it was, it was not SMTP
                        String partial = new String(line, 0, length, StandardCharsets.UTF_8);
                        transcript.server(partial);
                        throw odd(FailureKind.GARBAGE, step, printable(partial) + " (then the connection closed)",
                                Oddity.of(Oddity.Kind.CLOSED_MID_LINE, printable(partial)));
                    }
                    throw e;
                }
            }
            byte b = buffer[bufferStart++];
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return new String(line, 0, length, StandardCharsets.UTF_8);
            }
            if (length == MAX_LINE_BYTES) {
                throw odd(FailureKind.OVERSIZED, step, "a line longer than " + MAX_LINE_BYTES + " bytes",
                        Oddity.of(Oddity.Kind.LINE_TOO_LONG, MAX_LINE_BYTES));
            }
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, line.length * 2));
            }
            line[length++] = b;
        }
    }

    private void fill(String step, Deadline replyDeadline) throws SmtpStepException {
        if (replyDeadline.expired()) {
            throw fail(cancellation.isCancelled() ? FailureKind.CANCELLED : FailureKind.REPLY_TIMEOUT, step, "",
                    replyTimeout.toMillis());
        }
        try {
            socket.setSoTimeout(replyDeadline.cap(replyTimeout));
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                throw new EOFException();
            }
            bufferStart = 0;
            bufferEnd = n;
        } catch (SocketTimeoutException e) {
            throw fail(FailureKind.REPLY_TIMEOUT, step, "", Math.min(replyTimeout.toMillis(), elapsedCap(replyDeadline)));
        } catch (EOFException e) {
            throw fail(FailureKind.CLOSED, step, "", 0);
        } catch (IOException e) {
            throw ioFailure(step, e);
        }
    }

    private long elapsedCap(Deadline replyDeadline) {
        return replyTimeout.toMillis() - replyDeadline.remaining().toMillis();
    }

    private SmtpStepException ioFailure(String step, IOException e) {
        if (cancellation.isCancelled()) {
            return fail(FailureKind.CANCELLED, step, "", 0);
        }
        String message = String.valueOf(e.getMessage());
        boolean reset = message.contains("reset") || message.contains("Broken pipe") || message.contains("closed");
        return fail(reset ? FailureKind.CLOSED : FailureKind.IO, step, message, 0);
    }

    /** @param detail the oddity in English, for transcripts and the JSON */
    private SmtpStepException odd(FailureKind kind, String step, String detail, Oddity oddity) {
        return new SmtpStepException(new ProbeFailure(kind, step, endpoint.host(), endpoint.port(), detail, 0, oddity));
    }

    private SmtpStepException fail(FailureKind kind, String step, String detail, long timeout) {
        return new SmtpStepException(new ProbeFailure(kind, step, endpoint.host(), endpoint.port(), detail, timeout));
    }

    /** A reply code is three ASCII digits (RFC 5321 section 4.2): "٢٥٠" is not 250, though Java calls it digits. */
    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String printable(String line) {
        String shown = line.replaceAll("[^\\x20-\\x7E]", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }

    /**
     * Says goodbye without waiting for the answer: RFC 5321 lets the client close after QUIT, and waiting would
     * put one more round trip on the way to the verdict.
     */
    public void quit() {
        try {
            transcript.client("QUIT");
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server may already have closed; nothing depends on its goodbye
        }
    }

    @Override
    public void close() {
        if (socket != plain) {
            try {
                // JSSE's close of a TLS 1.3 socket waits up to the read timeout for one more byte from the server
                // (here the answer to QUIT): a round trip, or the whole reply timeout from a silent server
                socket.setSoTimeout(1);
            } catch (IOException e) {
                // the connection is already gone: closing will not wait either
            }
            try {
                socket.close();
            } catch (IOException e) {
                // the TCP connection is closed below either way
            }
        }
        cancellation.release(plain);
    }

    /**
     * One command line: what the transcript shows, the bytes sent (the caller wipes secret ones after use) and the
     * step a failure to answer it is reported under.
     */
    public record Command(String shown, byte[] line, String step) {
        public static Command of(String command, String step) {
            return new Command(command, command.getBytes(StandardCharsets.UTF_8), step);
        }
    }
}
