package org.outboxdoctor.probe.smtp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.smtp.SmtpConversation.Command;
import org.outboxdoctor.settings.Secret;

/**
 * The client's side of AUTH PLAIN and AUTH LOGIN (RFC 4954) for one account. The password crosses the wire only
 * base64-encoded inside a secret line, is masked in the transcript, and every copy of it is wiped afterwards.
 */
final class SmtpLogin {

    /** Sends the first line of an AUTH exchange and returns the server's answer to it (maybe pipelined). */
    @FunctionalInterface
    interface FirstLineSender {
        SmtpReply send(Command first) throws SmtpStepException;
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
    static AuthOutcome outcome(Exchange exchange) {
        // "authenticated" before the password went proves nothing about it
        return exchange.reply().code() == 235 && !exchange.passwordSent() ? AuthOutcome.PROTOCOL_ERROR : outcome(exchange.reply());
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

    /** The mechanism this client would use among those offered: PLAIN, else LOGIN, else null. */
    static String mechanism(EhloCapabilities capabilities) {
        return capabilities.authMechanisms().contains("PLAIN") ? "PLAIN"
                : capabilities.authMechanisms().contains("LOGIN") ? "LOGIN" : null;
    }

    /** The server's last reply of an exchange, and whether the password had gone out when it came. */
    record Exchange(SmtpReply reply, boolean passwordSent) {
    }

    /** Runs the exchange of a mechanism {@link #mechanism} chose. */
    Exchange authenticate(String mechanism, SmtpConversation c, FirstLineSender sender) throws SmtpStepException {
        return "PLAIN".equals(mechanism) ? new Exchange(plain(c, sender), true) : login(c, sender);
    }

    private SmtpReply plain(SmtpConversation c, FirstLineSender sender) throws SmtpStepException {
        byte[] user = account.username().getBytes(StandardCharsets.UTF_8);
        byte[] password = account.password().utf8();
        byte[] raw = new byte[user.length + password.length + 2];
        System.arraycopy(user, 0, raw, 1, user.length);
        System.arraycopy(password, 0, raw, user.length + 2, password.length);
        byte[] encoded = Base64.getEncoder().encode(raw);
        byte[] line = new byte[11 + encoded.length];
        System.arraycopy("AUTH PLAIN ".getBytes(StandardCharsets.US_ASCII), 0, line, 0, 11);
        System.arraycopy(encoded, 0, line, 11, encoded.length);
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

    private Exchange login(SmtpConversation c, FirstLineSender sender) throws SmtpStepException {
        SmtpReply reply = sender.send(Command.of("AUTH LOGIN", "AUTH"));
        if (reply.code() != 334) {
            return new Exchange(reply, false);
        }
        reply = c.send(Base64.getEncoder().encodeToString(account.username().getBytes(StandardCharsets.UTF_8)), "AUTH");
        if (reply.code() != 334) {
            return new Exchange(reply, false);
        }
        byte[] password = account.password().utf8();
        byte[] encoded = Base64.getEncoder().encode(password);
        try {
            return new Exchange(cancelIfPrompted(c, c.sendSecret(Redactor.MASK, encoded, "AUTH")), true);
        } finally {
            Secret.wipe(password);
            Secret.wipe(encoded);
        }
    }
}
