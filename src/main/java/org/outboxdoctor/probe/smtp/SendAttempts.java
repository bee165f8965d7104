package org.outboxdoctor.probe.smtp;

import java.util.List;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.smtp.SmtpConversation.Command;
import org.outboxdoctor.settings.Security;

/**
 * The probe's attempts to send for one account: send attempts stopped before DATA (MAIL FROM, RCPT TO outside the
 * provider, RSET), which show whether the server would take mail for the outside world, and the optional test
 * message to the user's own address.
 */
final class SendAttempts {
    private final Account account;

    SendAttempts(Account account) {
        this.account = account;
    }

    /**
     * A send attempt stopped before DATA. A server that offered PIPELINING gets the three commands in one write
     * (one round trip); any other gets them one after another.
     */
    RelayCheck relay(SmtpConversation c, boolean authenticated, Security mode, EhloCapabilities capabilities)
            throws SmtpStepException {
        List<Command> commands = relayCommands(authenticated, capabilities);
        if (capabilities.pipelining()) {
            return relayCheck(authenticated, mode, c.pipeline(commands));
        }
        SmtpReply mail = c.send(commands.get(0));
        SmtpReply rcpt = null;
        if (mail.positive()) {
            rcpt = c.send(commands.get(1));
        }
        if (!(mail.code() == 421 || (rcpt != null && rcpt.code() == 421))) {
            c.send(commands.get(2));
        }
        return new RelayCheck(authenticated, mode, mail, rcpt);
    }

    /** MAIL FROM, RCPT TO, RSET of a send attempt, for a caller that pipelines them with more. */
    List<Command> relayCommands(boolean authenticated, EhloCapabilities capabilities) {
        // declaring the size of the user's message lets the server refuse it up front (RFC 1870)
        String size = authenticated && account.messageSize() > 0 && capabilities.size().isPresent()
                ? " SIZE=" + account.messageSize() : "";
        return List.of(Command.of("MAIL FROM:<" + account.address() + ">" + size, "MAIL FROM"),
                Command.of("RCPT TO:<" + account.relayRecipient() + ">", "RCPT TO"), Command.of("RSET", "RSET"));
    }

    /**
     * The replies to a pipelined MAIL FROM, RCPT TO, RSET (and whatever followed them). RCPT TO went out with MAIL
     * FROM, but its reply only counts when MAIL FROM was accepted: after a refused MAIL FROM the server refuses
     * RCPT TO as well ("503 need MAIL first"), which the transcript keeps and the evidence, as without
     * pipelining, leaves out.
     */
    static RelayCheck relayCheck(boolean authenticated, Security mode, List<SmtpReply> replies) {
        SmtpReply mail = replies.get(0);
        SmtpReply rcpt = mail.positive() && replies.size() > 1 ? replies.get(1) : null;
        return new RelayCheck(authenticated, mode, mail, rcpt);
    }

    /**
     * After a send attempt from the login's own address worked: the same attempt from the address the mail program
     * sends from, when that is another one (an alias). Empty when it is the same address.
     */
    java.util.Optional<RelayCheck> sender(SmtpConversation c, Security mode) throws SmtpStepException {
        if (!account.sendsAsAnother()) {
            return java.util.Optional.empty();
        }
        SmtpReply mail = c.send("MAIL FROM:<" + account.from() + ">", "MAIL FROM");
        SmtpReply rcpt = mail.positive() ? c.send("RCPT TO:<" + account.relayRecipient() + ">", "RCPT TO") : null;
        c.send("RSET", "RSET");
        return java.util.Optional.of(new RelayCheck(true, mode, mail, rcpt));
    }

    /** Sends the test message to the user's own address on the connection that just proved it may send. */
    SentMessage sendTest(SmtpConversation c) throws SmtpStepException {
        TestMessage message = TestMessage.to(account.address(), account.language());
        SmtpReply mail = c.send("MAIL FROM:<" + account.address() + ">", "MAIL FROM");
        if (!mail.positive()) {
            return new SentMessage(message.messageId(), false, mail);
        }
        SmtpReply rcpt = c.send("RCPT TO:<" + account.address() + ">", "RCPT TO");
        if (!rcpt.positive()) {
            c.send("RSET", "RSET");
            return new SentMessage(message.messageId(), false, rcpt);
        }
        SmtpReply data = c.send("DATA", "DATA");
        if (data.code() != 354) {
            return new SentMessage(message.messageId(), false, data);
        }
        SmtpReply queued = c.sendSecret("(the test message, " + message.subject() + ")", message.dataBytes(), "end of DATA");
        return new SentMessage(message.messageId(), queued.positive(), queued);
    }
}
