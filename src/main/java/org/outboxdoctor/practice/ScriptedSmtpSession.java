package org.outboxdoctor.practice;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One SMTP conversation of a {@link ScriptedSmtpServer}, played as its {@link SmtpBehaviour} says. */
final class ScriptedSmtpSession {
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final String MUST_START_TLS = "530 5.7.0 Must issue a STARTTLS command first";
    private static final Pattern DECLARED_SIZE = Pattern.compile("(?i)\\bSIZE=(\\d{1,18})");

    private final SmtpServerConnection connection;
    private final SmtpBehaviour b;
    private final LoopbackListener listener;
    private final SmtpServerLog log;
    private boolean greeted;
    private String user;
    private boolean inTransaction;
    private int recipients;

    ScriptedSmtpSession(Socket socket, SmtpBehaviour behaviour, LoopbackListener listener, SmtpServerLog log) {
        this.connection = new SmtpServerConnection(socket, log::wireBytes);
        this.b = behaviour;
        this.listener = listener;
        this.log = log;
    }

    void run() {
        try {
            connection.setReadTimeout(READ_TIMEOUT_MS);
            if (b.implicitTls().isPresent()) {
                connection.startTls(b.implicitTls().get());
            } else {
                connection.plain();
            }
            if (b.silent()) {
                connection.drain(listener::isClosed);
            } else if (b.garbageGreeting()) {
                byte[] garbage = new byte[200];
                new Random(5321).nextBytes(garbage);
                connection.write(garbage);
            } else if (b.connectReplyAndClose().isPresent()) {
                connection.reply(b.connectReplyAndClose().get());
            } else {
                connection.reply(b.greeting());
                converse();
            }
        } catch (SocketTimeoutException e) {
            try {
                if (connection.canReply()) {
                    connection.reply("421 4.4.2 " + b.ehloName() + " Error: timeout exceeded");
                }
            } catch (IOException ignored) {
                // the client is gone as well
            }
        } catch (IOException e) {
            // client hung up, TLS failed, or the server is closing
        } finally {
            connection.close();
        }
    }

    private void converse() throws IOException {
        while (!listener.isClosed()) {
            String line;
            try {
                line = connection.readLine();
            } catch (LineReader.LineTooLongException e) {
                log.lineTooLong();
                connection.reply("500 5.5.2 Error: line too long");
                continue;
            }
            if (line == null || !command(line)) {
                return;
            }
        }
    }

    /** Handles one command line; false ends the session. */
    private boolean command(String line) throws IOException {
        String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        String arg = line.length() > verb.length() ? line.substring(verb.length()).trim() : "";
        log.command(verb, line);
        switch (verb) {
            case "EHLO" -> ehlo(arg);
            case "HELO" -> {
                resetTransaction();
                greeted = !arg.isEmpty();
                connection.reply(greeted ? "250 " + b.ehloName() : "501 Syntax: HELO hostname");
            }
            case "STARTTLS" -> starttls();
            case "AUTH" -> auth(arg);
            case "MAIL" -> mail(arg);
            case "RCPT" -> rcpt(arg);
            case "DATA" -> data();
            case "RSET" -> {
                resetTransaction();
                connection.reply("250 2.0.0 Ok");
            }
            case "NOOP" -> connection.reply("250 2.0.0 Ok");
            case "QUIT" -> {
                connection.reply("221 2.0.0 Bye");
                return false;
            }
            default -> connection.reply("502 5.5.2 Error: command not recognized");
        }
        return true;
    }

    private void ehlo(String arg) throws IOException {
        if (arg.isEmpty()) {
            connection.reply("501 Syntax: EHLO hostname");
            return;
        }
        resetTransaction();
        greeted = true;
        List<String> lines = new ArrayList<>();
        lines.add(b.ehloName());
        if (b.pipelining()) {
            lines.add("PIPELINING");
        }
        if (b.size() > 0) {
            lines.add("SIZE " + b.size());
        }
        if (b.starttls().isPresent() && !connection.tls()) {
            lines.add("STARTTLS");
        }
        if (authOffered()) {
            lines.add("AUTH " + b.authMechanisms());
        }
        lines.add("ENHANCEDSTATUSCODES");
        lines.add("8BITMIME");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i < lines.size() - 1 ? "250-" : "250 ").append(lines.get(i)).append('\n');
        }
        connection.reply(text.toString());
    }

    private boolean authOffered() {
        return !b.authMechanisms().isEmpty() && (connection.tls() || b.authBeforeTls());
    }

    private void starttls() throws IOException {
        if (b.starttls().isEmpty()) {
            connection.reply("502 5.5.1 Error: command not implemented");
        } else if (connection.tls()) {
            connection.reply("554 5.5.1 Error: TLS already active");
        } else {
            connection.reply("220 2.0.0 Ready to start TLS");
            // RFC 3207: forget everything said in plaintext, including bytes the client pipelined after
            // STARTTLS (keeping them is the classic STARTTLS command-injection bug).
            connection.startTls(b.starttls().get());
            greeted = false;
            user = null;
            resetTransaction();
        }
    }

    private void auth(String arg) throws IOException {
        String[] parts = arg.split(" ", 2);
        String mechanism = parts[0].toUpperCase(Locale.ROOT);
        String initial = parts.length > 1 ? parts[1].trim() : null;
        if (tlsMissing()) {
            connection.reply(MUST_START_TLS);
        } else if (!greeted) {
            connection.reply("503 5.5.1 Error: send HELO/EHLO first");
        } else if (!authOffered()) {
            connection.reply("503 5.5.1 Error: authentication not enabled");
        } else if (user != null) {
            connection.reply("503 5.5.1 Error: already authenticated");
        } else if (!List.of(b.authMechanisms().toUpperCase(Locale.ROOT).split("\\s+")).contains(mechanism)
                || !List.of("PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER").contains(mechanism)) {
            connection.reply("504 5.5.4 Unsupported authentication mechanism");
        } else {
            user = new SmtpAuthExchange(connection, log, b).run(mechanism, initial);
        }
    }

    private void mail(String arg) throws IOException {
        if (tlsMissing()) {
            connection.reply(MUST_START_TLS);
        } else if (!greeted) {
            connection.reply("503 5.5.1 Error: send HELO/EHLO first");
        } else if (inTransaction) {
            connection.reply("503 5.5.1 Error: nested MAIL command");
        } else if (!arg.toUpperCase(Locale.ROOT).startsWith("FROM:")) {
            connection.reply("501 5.5.4 Syntax: MAIL FROM:<address>");
        } else if (declaredSize(arg) > b.size() && b.size() > 0) {
            // RFC 1870: refuse up front a message declared larger than the advertised SIZE, as Postfix does
            connection.reply("552 5.3.4 Message size exceeds fixed limit");
        } else {
            String result = user == null ? "250 2.1.0 Ok"
                    : b.senderRefused(user, sender(arg)).orElse(b.mailFromReplyAuthenticated());
            inTransaction = result.startsWith("2");
            connection.reply(result);
        }
    }

    /** The address of "FROM:<a@b> SIZE=…". */
    private static String sender(String arg) {
        int open = arg.indexOf('<');
        int close = arg.indexOf('>', open + 1);
        return open >= 0 && close > open ? arg.substring(open + 1, close) : arg.substring("FROM:".length()).strip();
    }

    private static long declaredSize(String arg) {
        Matcher m = DECLARED_SIZE.matcher(arg);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private void rcpt(String arg) throws IOException {
        if (tlsMissing()) {
            connection.reply(MUST_START_TLS);
        } else if (!inTransaction) {
            connection.reply("503 5.5.1 Error: need MAIL command");
        } else if (!arg.toUpperCase(Locale.ROOT).startsWith("TO:")) {
            connection.reply("501 5.5.4 Syntax: RCPT TO:<address>");
        } else {
            String address = arg.substring(3).trim().split(" ", 2)[0].replaceAll("^<|>$", "");
            String domain = address.substring(address.lastIndexOf('@') + 1);
            String result;
            if (user != null) {
                result = b.rcptReplyAuthenticated();
            } else if (domain.equalsIgnoreCase(b.localDomain())) {
                result = "250 2.1.5 Ok";
            } else {
                result = String.format(b.unauthenticatedRcptReply(), address);
            }
            if (result.startsWith("2")) {
                recipients++;
            }
            connection.reply(result);
        }
    }

    /** The behaviour refuses AUTH, MAIL and RCPT until the connection is encrypted. */
    private boolean tlsMissing() {
        return b.requireTlsForMail() && !connection.tls();
    }

    /** Accepts and discards a message, so a client's full send path can be exercised. */
    private void data() throws IOException {
        if (recipients == 0) {
            connection.reply("554 5.5.1 Error: no valid recipients");
            return;
        }
        connection.reply("354 End data with <CR><LF>.<CR><LF>");
        while (true) {
            String line;
            try {
                line = connection.readLine();
            } catch (LineReader.LineTooLongException e) {
                continue; // long body lines are the client's problem, not the dialogue's
            }
            if (line == null) {
                throw new IOException("client hung up during DATA");
            }
            if (line.equals(".")) {
                break;
            }
        }
        resetTransaction();
        connection.reply("250 2.0.0 Ok: queued as 4TEST" + listener.connectionCount());
    }

    private void resetTransaction() {
        inTransaction = false;
        recipients = 0;
    }
}
