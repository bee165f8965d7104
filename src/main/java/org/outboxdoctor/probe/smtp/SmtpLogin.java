package org.outboxdoctor.probe.smtp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.TokenPayloads;
import org.outboxdoctor.probe.smtp.SmtpConversation.Command;
import org.outboxdoctor.settings.Secret;

/**
 * The client's side of AUTH PLAIN and AUTH LOGIN (RFC 4954) for a password, and of AUTH XOAUTH2 (Google's and
 * Microsoft's) and AUTH OAUTHBEARER (RFC 7628) for a token. The secret crosses the wire only base64-encoded inside a
 * secret line, is masked in the transcript, and every copy of it is wiped afterwards.
 */
final class SmtpLogin {
    /** The mechanisms that carry a bearer token, in the order this client prefers them. */
    static final List<String> TOKEN_MECHANISMS = List.of("XOAUTH2", "OAUTHBEARER");
    /** RFC 7628 section 3.2.3: after an error challenge, a single %x01 lets the server finish. */
    private static final String OAUTHBEARER_DUMMY = "AQ==";
    private static final int MAX_CHALLENGE = 300;

    /** Sends the first line of an AUTH exchange and returns the server's answer to it (maybe pipelined). */
    @FunctionalInterface
    interface FirstLineSender {
        SmtpReply send(Command first) throws SmtpStepException;
    }

    /**
     * @param reply the server's last reply
     * @param challenge the error challenge a token got, decoded; empty when none
     * @param secretSent whether the password or token had gone out when the reply came
     */
    record Result(SmtpReply reply, String challenge, boolean secretSent) {
        Result(SmtpReply reply, String challenge) {
            this(reply, challenge, true);
        }
    }

    private final Account account;

    SmtpLogin(Account account) {
        this.account = account;
    }

    /**
     * After the credentials went, a 334 asks for more than the mechanism has: the exchange is cancelled ("*",
     * RFC 4954 section 4) so that neither the credentials nor QUIT are taken for an answer, and the prompt is
     * what the probe reports.
     */
    private static SmtpReply cancelIfPrompted(SmtpConversation c, SmtpReply reply) throws SmtpStepException {
        if (reply.code() == 334) {
            c.send("*", "AUTH");
        }
        return reply;
    }

    /** What the reply that ended the exchange says, as a fact of the protocol (the diagnosis judges). */
    static AuthOutcome outcome(Result result) {
        // "authenticated" before the password went proves nothing about it
        return result.reply().code() == 235 && !result.secretSent() ? AuthOutcome.PROTOCOL_ERROR : outcome(result.reply());
    }

    static AuthOutcome outcome(SmtpReply reply) {
        int code = reply.code();
        if (code == 235) {
            return AuthOutcome.ACCEPTED;
        }
        if (code >= 400 && code < 500) {
            return AuthOutcome.TEMPORARY_FAILURE;
        }
        // 500-504: the command was not processed (RFC 5321 4.2.3), so the credentials were not judged, unless an
        // enhanced code outside the protocol class (X.5.X, RFC 3463) says the server judged something after all
        boolean notProcessed = code >= 500 && code <= 504
                && reply.enhanced().map(e -> e.substring(1).startsWith(".5.")).orElse(true);
        if (code >= 500 && code < 600 && !notProcessed) {
            return AuthOutcome.REJECTED;
        }
        return AuthOutcome.PROTOCOL_ERROR;
    }

    /**
     * The mechanism this client would use among those offered, or null: for a password PLAIN, else LOGIN; for a token
     * XOAUTH2 (what Gmail and Exchange Online advertise), else OAUTHBEARER.
     */
    String mechanism(EhloCapabilities capabilities) {
        List<String> preferred = account.usesToken() ? TOKEN_MECHANISMS : List.of("PLAIN", "LOGIN");
        return preferred.stream().filter(capabilities.authMechanisms()::contains).findFirst().orElse(null);
    }

    /** Runs the exchange of a mechanism {@link #mechanism} chose. */
    Result authenticate(String mechanism, SmtpConversation c, FirstLineSender sender) throws SmtpStepException {
        return switch (mechanism) {
            case "PLAIN" -> new Result(plain(c, sender), "");
            case "LOGIN" -> login(c, sender);
            default -> bearer(mechanism, c, sender);
        };
    }

    private SmtpReply plain(SmtpConversation c, FirstLineSender sender) throws SmtpStepException {
        byte[] user = account.username().getBytes(StandardCharsets.UTF_8);
        byte[] password = account.password().utf8();
        byte[] raw = new byte[user.length + password.length + 2];
        System.arraycopy(user, 0, raw, 1, user.length);
        System.arraycopy(password, 0, raw, user.length + 2, password.length);
        byte[] encoded = Base64.getEncoder().encode(raw);
        byte[] line = authLine("PLAIN", encoded);
        try {
            // the credentials went with the command (RFC 4954 initial response): a prompt now is no reason to
            // send them a second time on this connection
            return cancelIfPrompted(c, sender.send(new Command("AUTH PLAIN " + Redactor.MASK, line, "AUTH")));
        } finally {
            Secret.wipe(password);
            Secret.wipe(raw);
            Secret.wipe(encoded);
            Secret.wipe(line);
        }
    }

    private Result login(SmtpConversation c, FirstLineSender sender) throws SmtpStepException {
        SmtpReply reply = sender.send(Command.of("AUTH LOGIN", "AUTH"));
        if (reply.code() != 334) {
            return new Result(reply, "", false);
        }
        reply = c.send(Base64.getEncoder().encodeToString(account.username().getBytes(StandardCharsets.UTF_8)), "AUTH");
        if (reply.code() != 334) {
            return new Result(reply, "", false);
        }
        byte[] password = account.password().utf8();
        byte[] encoded = Base64.getEncoder().encode(password);
        try {
            return new Result(cancelIfPrompted(c, c.sendSecret(Redactor.MASK, encoded, "AUTH")), "");
        } finally {
            Secret.wipe(password);
            Secret.wipe(encoded);
        }
    }

    /**
     * The token goes once, as the initial response. A refusal may come as a 334 challenge carrying the error as
     * base64 JSON (RFC 7628 section 3.2.2, Gmail's XOAUTH2): the client answers it without the token (an empty line for
     * XOAUTH2, %x01 for OAUTHBEARER) and reads the final 5xx. The token is never sent a second time.
     */
    private Result bearer(String mechanism, SmtpConversation c, FirstLineSender sender) throws SmtpStepException {
        byte[] raw = TokenPayloads.forMechanism(mechanism, account.username(), account.password());
        byte[] encoded = Base64.getEncoder().encode(raw);
        byte[] line = authLine(mechanism, encoded);
        SmtpReply reply;
        try {
            reply = sender.send(new Command("AUTH " + mechanism + " " + Redactor.MASK, line, "AUTH"));
        } finally {
            Secret.wipe(raw);
            Secret.wipe(encoded);
            Secret.wipe(line);
        }
        if (reply.code() != 334) {
            return new Result(reply, "");
        }
        String challenge = decodeChallenge(reply);
        String answer = "OAUTHBEARER".equals(mechanism) ? OAUTHBEARER_DUMMY : "";
        return new Result(cancelIfPrompted(c, c.send(answer, "AUTH")), challenge);
    }

    private static byte[] authLine(String mechanism, byte[] encoded) {
        byte[] verb = ("AUTH " + mechanism + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[verb.length + encoded.length];
        System.arraycopy(verb, 0, line, 0, verb.length);
        System.arraycopy(encoded, 0, line, verb.length, encoded.length);
        return line;
    }

    /** The challenge's text: the JSON it carries in base64, printable and bounded; as sent when it is no base64. */
    static String decodeChallenge(SmtpReply reply) {
        String text = reply.lines().isEmpty() ? "" : String.join("", reply.lines()).strip();
        String decoded;
        try {
            decoded = new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = text;
        }
        String printable = decoded.replaceAll("[^\\x20-\\x7E]", "?").strip();
        return printable.length() > MAX_CHALLENGE ? printable.substring(0, MAX_CHALLENGE) + "…" : printable;
    }
}
