package org.outboxdoctor.probe.smtp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.ConnectResult;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.ProbeContext;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.Transcript;
import org.outboxdoctor.probe.smtp.SmtpConversation.Command;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.probe.tls.TlsClient;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.Security;

/**
 * Probes one SMTP port on one connection: greeting, EHLO, the user's own settings, STARTTLS or
 * implicit TLS with the certificate, a send attempt without login, AUTH, and a send attempt after
 * login. It stops before DATA: no message is ever sent.
 */
public final class SmtpPortProbe {
    private final ProbeContext context;
    private final Account account;
    private final AuthGate gate;

    public SmtpPortProbe(ProbeContext context, Account account, AuthGate gate) {
        this.context = context;
        this.account = account;
        this.gate = gate;
    }

    public SmtpPortResult run(SmtpProbePlan plan) {
        Session s = new Session(plan);
        long start = System.nanoTime();
        boolean decided = false;
        try {
            ConnectResult connect = context.dialer().connect(plan.endpoint(), context.deadline());
            s.connectMillis = connect.millis();
            if (!connect.connected()) {
                s.failure = connect.failure();
                s.transcript.note(connect.failure().describe());
                return s.result(start);
            }
            s.transcript.note("connected to " + plan.endpoint().address().getHostAddress() + " port " + plan.endpoint().port()
                    + " in " + connect.millis() + " ms");
            try (SmtpConversation c = new SmtpConversation(connect.socket(), plan.endpoint(), s.transcript,
                    context.deadline(), context.replyTimeout(), context.cancellation())) {
                decided = converse(s, c);
                c.quit();
            } catch (java.io.IOException e) {
                s.failure = new ProbeFailure(org.outboxdoctor.probe.FailureKind.IO, "connect", plan.endpoint().host(),
                        plan.endpoint().port(), String.valueOf(e.getMessage()), 0);
            } catch (SmtpStepException e) {
                s.failure = e.failure();
                s.transcript.note(e.failure().describe());
            }
            return s.result(start);
        } finally {
            if (!decided) {
                gate.pass(plan.endpoint().port());
            }
        }
    }

    /** Returns true once the gate has been asked (and answered), so the caller need not pass. */
    private boolean converse(Session s, SmtpConversation c) throws SmtpStepException {
        SmtpProbePlan plan = s.plan;
        TlsClient tls = new TlsClient(plan.endpoint().host(), context.trust(), false);
        if (plan.security() == Security.TLS) {
            c.startTls(tls, "TLS handshake");
            s.achieved = Security.TLS;
            s.certificate = tls.evidence().orElse(null);
        }
        s.greeting = c.read("greeting");
        if (s.greeting.code() != 220) {
            return false;
        }
        s.capabilities = ehlo(c);
        gate.connected(plan.endpoint().port());
        boolean usersPlain = plan.usersPort() && plan.usersSecurity() == Security.NONE;
        if (usersPlain && s.achieved == Security.NONE) {
            s.unauthenticatedRelay = relay(c, false, s.achieved, s.capabilities);
        }
        boolean loginPlain = usersPlain && plan.usersAuth() && account.allowPlaintextAuth();
        if (s.achieved == Security.NONE && plan.security() == Security.STARTTLS && s.capabilities.startTls() && !loginPlain) {
            s.startTlsReply = c.send("STARTTLS", "STARTTLS");
            if (s.startTlsReply.code() == 220) {
                c.startTls(tls, "STARTTLS handshake");
                s.achieved = Security.STARTTLS;
                s.certificate = tls.evidence().orElse(null);
                s.capabilitiesAfterTls = ehlo(c);
            }
        }
        EhloCapabilities current = s.capabilitiesAfterTls != null ? s.capabilitiesAfterTls : s.capabilities;
        // a server that pipelines gets the user's send attempt in one write with AUTH, so login() makes it then
        if (plan.usersPort() && s.unauthenticatedRelay == null && !current.pipelining()) {
            s.unauthenticatedRelay = relay(c, false, s.achieved, current);
        }
        return login(s, c);
    }

    private boolean login(Session s, SmtpConversation c) throws SmtpStepException {
        EhloCapabilities current = s.capabilitiesAfterTls != null ? s.capabilitiesAfterTls : s.capabilities;
        String mechanism = current.authMechanisms().contains("PLAIN") ? "PLAIN"
                : current.authMechanisms().contains("LOGIN") ? "LOGIN" : null;
        AuthAttempt skipped = skipReason(s, current, mechanism);
        if (skipped != null) {
            usersSendAttempt(s, c, current);
            s.auth = skipped;
            return false;
        }
        String refusal = gate.acquire(s.plan.endpoint().port(), s.achieved, context.deadline());
        if (refusal != null) {
            usersSendAttempt(s, c, current);
            s.auth = AuthAttempt.skipped(AuthOutcome.SKIPPED_ALREADY_CHECKED, s.achieved, refusal);
            return true;
        }
        AuthOutcome outcome = AuthOutcome.INTERRUPTED;
        try {
            AuthSender sender;
            if (s.unauthenticatedRelay == null && current.pipelining()) {
                // RFC 4954 section 4: AUTH may end a pipelined group, so the send attempt without login costs no round trip
                List<Command> group = relayCommands(false, current);
                sender = first -> {
                    List<Command> all = new java.util.ArrayList<>(group);
                    all.add(first);
                    List<SmtpReply> replies = c.pipeline(all);
                    s.unauthenticatedRelay = relayCheck(false, s.achieved, replies);
                    // after a 421 the group ended early: AUTH's answer is awaited on its own, as without pipelining
                    return replies.size() == all.size() ? replies.get(replies.size() - 1) : c.read(first.step());
                };
            } else {
                if (s.unauthenticatedRelay == null) {
                    s.unauthenticatedRelay = relay(c, false, s.achieved, current);
                }
                sender = c::send;
            }
            SmtpReply reply = "PLAIN".equals(mechanism) ? authPlain(c, sender) : authLogin(c, sender);
            outcome = reply.code() == 235 ? AuthOutcome.ACCEPTED
                    : reply.transientFailure() ? AuthOutcome.TEMPORARY_FAILURE : AuthOutcome.REJECTED;
            s.auth = new AuthAttempt(outcome, mechanism, reply, s.achieved, "");
        } catch (SmtpStepException e) {
            s.auth = new AuthAttempt(AuthOutcome.INTERRUPTED, mechanism, null, s.achieved, e.failure().describe());
            throw e;
        } finally {
            gate.finished(s.plan.endpoint().port(), s.achieved, outcome);
        }
        if (outcome == AuthOutcome.ACCEPTED) {
            s.authenticatedRelay = relay(c, true, s.achieved, current);
            if (account.sendTest() && s.authenticatedRelay.accepted()) {
                s.testMessage = sendTest(c);
            }
        }
        return true;
    }

    /** Why no login is tried on this connection, or null when one may be (the gate permitting). */
    private AuthAttempt skipReason(Session s, EhloCapabilities current, String mechanism) {
        if (!account.hasPassword()) {
            return AuthAttempt.skipped(AuthOutcome.SKIPPED_NO_PASSWORD, s.achieved, "no password was given");
        }
        if (!current.offersAuth()) {
            return AuthAttempt.skipped(AuthOutcome.NOT_OFFERED, s.achieved, "the server offers no login on this connection");
        }
        if (s.achieved == Security.NONE && !account.allowPlaintextAuth()) {
            return AuthAttempt.skipped(AuthOutcome.SKIPPED_UNENCRYPTED, s.achieved,
                    "the connection is not encrypted, so the password was not sent");
        }
        CertificateEvidence certificate = s.certificate;
        if (s.achieved != Security.NONE && (certificate == null || !certificate.acceptable())) {
            return AuthAttempt.skipped(AuthOutcome.SKIPPED_CERTIFICATE, s.achieved,
                    "the server's certificate could not be verified, so the password was not sent");
        }
        if (mechanism == null) {
            return AuthAttempt.skipped(AuthOutcome.UNSUPPORTED_MECHANISM, s.achieved,
                    "the server offers only " + String.join(", ", current.authMechanisms()));
        }
        return null;
    }

    /** On the user's own port the send attempt without login is evidence even when no login follows. */
    private void usersSendAttempt(Session s, SmtpConversation c, EhloCapabilities current) throws SmtpStepException {
        if (s.plan.usersPort() && s.unauthenticatedRelay == null) {
            s.unauthenticatedRelay = relay(c, false, s.achieved, current);
        }
    }

    private EhloCapabilities ehlo(SmtpConversation c) throws SmtpStepException {
        String name = addressLiteral(c.socket().getLocalAddress());
        SmtpReply reply = c.send("EHLO " + name, "EHLO");
        if (reply.code() == 250) {
            return EhloCapabilities.parse(reply);
        }
        SmtpReply helo = c.send("HELO " + name, "HELO");
        if (helo.code() != 250) {
            throw new SmtpStepException(new ProbeFailure(org.outboxdoctor.probe.FailureKind.GARBAGE, "EHLO",
                    c.socket().getInetAddress().getHostAddress(), c.socket().getPort(), "EHLO and HELO refused: " + helo.show(), 0));
        }
        return EhloCapabilities.parse(new SmtpReply(250, List.of(helo.lines().get(0))));
    }

    /**
     * A send attempt stopped before DATA: MAIL FROM, RCPT TO outside the provider, RSET. A server that offered
     * PIPELINING gets the three in one write (one round trip); any other gets them one after another.
     */
    private RelayCheck relay(SmtpConversation c, boolean authenticated, Security mode, EhloCapabilities capabilities)
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

    private List<Command> relayCommands(boolean authenticated, EhloCapabilities capabilities) {
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
    private static RelayCheck relayCheck(boolean authenticated, Security mode, List<SmtpReply> replies) {
        SmtpReply mail = replies.get(0);
        SmtpReply rcpt = mail.positive() && replies.size() > 1 ? replies.get(1) : null;
        return new RelayCheck(authenticated, mode, mail, rcpt);
    }

    /** Sends the test message to the user's own address on the connection that just proved it may send. */
    private SentMessage sendTest(SmtpConversation c) throws SmtpStepException {
        TestMessage message = TestMessage.to(account.address());
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
        SmtpReply queued = c.sendSecret("(the test message, " + TestMessage.SUBJECT + ")", message.dataBytes(), "end of DATA");
        return new SentMessage(message.messageId(), queued.positive(), queued);
    }

    /** Sends the first line of an AUTH exchange and returns the server's answer to it. */
    @FunctionalInterface
    private interface AuthSender {
        SmtpReply send(Command first) throws SmtpStepException;
    }

    private SmtpReply authPlain(SmtpConversation c, AuthSender sender) throws SmtpStepException {
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
            SmtpReply reply = sender.send(new Command("AUTH PLAIN " + Redactor.MASK, line, "AUTH"));
            if (reply.code() == 334) {
                reply = c.sendSecret(Redactor.MASK, encoded, "AUTH");
            }
            return reply;
        } finally {
            Secret.wipe(password);
            Secret.wipe(raw);
            Secret.wipe(encoded);
            Secret.wipe(line);
        }
    }

    private SmtpReply authLogin(SmtpConversation c, AuthSender sender) throws SmtpStepException {
        SmtpReply reply = sender.send(Command.of("AUTH LOGIN", "AUTH"));
        if (reply.code() != 334) {
            return reply;
        }
        reply = c.send(Base64.getEncoder().encodeToString(account.username().getBytes(StandardCharsets.UTF_8)), "AUTH");
        if (reply.code() != 334) {
            return reply;
        }
        byte[] password = account.password().utf8();
        byte[] encoded = Base64.getEncoder().encode(password);
        try {
            return c.sendSecret(Redactor.MASK, encoded, "AUTH");
        } finally {
            Secret.wipe(password);
            Secret.wipe(encoded);
        }
    }

    static String addressLiteral(InetAddress local) {
        String text = local.getHostAddress();
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        return local instanceof Inet6Address ? "[IPv6:" + text + "]" : "[" + text + "]";
    }

    /** The evidence gathered so far on one connection. */
    private final class Session {
        final SmtpProbePlan plan;
        final Transcript transcript = context.newTranscript();
        Security achieved = Security.NONE;
        long connectMillis;
        SmtpReply greeting;
        EhloCapabilities capabilities;
        SmtpReply startTlsReply;
        EhloCapabilities capabilitiesAfterTls;
        CertificateEvidence certificate;
        RelayCheck unauthenticatedRelay;
        AuthAttempt auth;
        RelayCheck authenticatedRelay;
        SentMessage testMessage;
        ProbeFailure failure;

        Session(SmtpProbePlan plan) {
            this.plan = plan;
        }

        SmtpPortResult result(long startNanos) {
            return new SmtpPortResult(plan.endpoint().host(), plan.endpoint().address().getHostAddress(),
                    plan.endpoint().port(), plan.usersPort(), plan.security(), achieved, connectMillis, greeting,
                    capabilities, startTlsReply, capabilitiesAfterTls, certificate, unauthenticatedRelay, auth,
                    authenticatedRelay, testMessage, failure, transcript.lines(), Dialer.millisSince(startNanos));
        }
    }


}
