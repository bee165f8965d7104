package org.outboxdoctor.probe.smtp;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.ConnectResult;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeContext;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.Transcript;
import org.outboxdoctor.probe.smtp.SmtpConversation.Command;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.probe.tls.TlsClient;
import org.outboxdoctor.settings.Security;

/**
 * Probes one SMTP port on one connection: greeting, EHLO, the user's own settings, STARTTLS or
 * implicit TLS with the certificate, a send attempt without login, AUTH, and a send attempt after
 * login. It stops before DATA: no message is ever sent, unless the account asks for the test message. The
 * send attempts are {@link SendAttempts}, the login exchanges {@link SmtpLogin}.
 */
public final class SmtpPortProbe {
    private final ProbeContext context;
    private final Account account;
    private final AuthGate gate;
    private final SendAttempts sendAttempts;
    private final SmtpLogin loginExchange;

    public SmtpPortProbe(ProbeContext context, Account account, AuthGate gate) {
        this.context = context;
        this.account = account;
        this.gate = gate;
        this.sendAttempts = new SendAttempts(account);
        this.loginExchange = new SmtpLogin(account);
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
            // from here on this port has its turn at the login before ports of lower priority, even while its greeting
            // is slow: a port that connects but never greets is passed over only after its greeting timeout
            gate.connected(plan.endpoint().port());
            try (SmtpConversation c = new SmtpConversation(connect.socket(), plan.endpoint(), s.transcript,
                    context.deadline(), context.replyTimeout(), context.cancellation())) {
                decided = converse(s, c);
                c.quit();
            } catch (IOException e) {
                s.failure = new ProbeFailure(FailureKind.IO, "connect", plan.endpoint().host(),
                        plan.endpoint().port(), String.valueOf(e.getMessage()), 0);
            } catch (SmtpStepException e) {
                s.failure = e.failure();
                s.transcript.note(e.failure().describe());
            } catch (RuntimeException e) {
                // a reply we could not make sense of: this port's failure, with the evidence so far
                s.failure = new ProbeFailure(FailureKind.GARBAGE, "reading the reply", plan.endpoint().host(),
                        plan.endpoint().port(), "Outbox Doctor could not read it (" + e.getClass().getSimpleName() + ")", 0,
                        ProbeFailure.Oddity.of(ProbeFailure.Oddity.Kind.UNREADABLE));
                s.transcript.note(s.failure.describe());
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
        boolean usersPlain = plan.usersPort() && plan.usersSecurity() == Security.NONE;
        if (usersPlain && s.achieved == Security.NONE) {
            s.unauthenticatedRelay = sendAttempts.relay(c, false, s.achieved, s.capabilities);
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
        // a server that pipelines gets the user's send attempt in one write with AUTH, so login() makes it then
        if (plan.usersPort() && s.unauthenticatedRelay == null && !s.current().pipelining()) {
            s.unauthenticatedRelay = sendAttempts.relay(c, false, s.achieved, s.current());
        }
        return login(s, c);
    }

    private boolean login(Session s, SmtpConversation c) throws SmtpStepException {
        EhloCapabilities current = s.current();
        String mechanism = loginExchange.mechanism(current);
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
            SmtpLogin.FirstLineSender sender;
            if (s.unauthenticatedRelay == null && current.pipelining()) {
                // RFC 4954 section 4: AUTH may end a pipelined group, so the send attempt without login costs no round trip
                List<Command> group = sendAttempts.relayCommands(false, current);
                sender = first -> {
                    List<Command> all = new ArrayList<>(group);
                    all.add(first);
                    List<SmtpReply> replies = c.pipeline(all);
                    s.unauthenticatedRelay = SendAttempts.relayCheck(false, s.achieved, replies);
                    // after a 421 the group ended early: AUTH's answer is awaited on its own, as without pipelining
                    return replies.size() == all.size() ? replies.get(replies.size() - 1) : c.read(first.step());
                };
            } else {
                if (s.unauthenticatedRelay == null) {
                    s.unauthenticatedRelay = sendAttempts.relay(c, false, s.achieved, current);
                }
                sender = c::send;
            }
            SmtpLogin.Result result = loginExchange.authenticate(mechanism, c, sender);
            SmtpReply reply = result.reply();
            outcome = SmtpLogin.outcome(result);
            if (!result.challenge().isEmpty()) {
                s.transcript.note("the server's challenge, decoded: " + result.challenge());
            }
            s.auth = new AuthAttempt(outcome, mechanism, reply, s.achieved,
                    result.secretSent() ? "" : "the server answered before the password was sent", result.challenge());
        } catch (SmtpStepException e) {
            s.auth = new AuthAttempt(AuthOutcome.INTERRUPTED, mechanism, null, s.achieved, e.failure().describe());
            throw e;
        } finally {
            gate.finished(s.plan.endpoint().port(), s.achieved, outcome);
        }
        if (outcome == AuthOutcome.ACCEPTED) {
            s.authenticatedRelay = sendAttempts.relay(c, true, s.achieved, current);
            if (s.authenticatedRelay.accepted()) {
                s.senderRelay = sendAttempts.sender(c, s.achieved).orElse(null);
            }
            if (account.sendTest() && s.authenticatedRelay.accepted()) {
                s.testMessage = sendAttempts.sendTest(c);
            }
        }
        return true;
    }

    /** Why no login is tried on this connection, or null when one may be (the gate permitting). */
    private AuthAttempt skipReason(Session s, EhloCapabilities current, String mechanism) {
        if (!account.hasPassword()) {
            return AuthAttempt.skipped(AuthOutcome.SKIPPED_NO_PASSWORD, s.achieved, "no password was given");
        }
        String secret = account.usesToken() ? "token" : "password";
        if (!current.offersAuth()) {
            return AuthAttempt.skipped(AuthOutcome.NOT_OFFERED, s.achieved, "the server offers no login on this connection");
        }
        if (s.achieved == Security.NONE && !account.allowPlaintextAuth()) {
            return AuthAttempt.skipped(AuthOutcome.SKIPPED_UNENCRYPTED, s.achieved,
                    "the connection is not encrypted, so the " + secret + " was not sent");
        }
        CertificateEvidence certificate = s.certificate;
        if (s.achieved != Security.NONE && (certificate == null || !certificate.acceptable())) {
            return AuthAttempt.skipped(AuthOutcome.SKIPPED_CERTIFICATE, s.achieved,
                    "the server's certificate could not be verified, so the " + secret + " was not sent");
        }
        if (mechanism == null && account.usesToken()) {
            return AuthAttempt.skipped(AuthOutcome.OAUTH_NOT_OFFERED, s.achieved,
                    "this server does not offer sign-in with a token: it offers only "
                            + String.join(", ", current.authMechanisms().stream().sorted().toList()));
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
            s.unauthenticatedRelay = sendAttempts.relay(c, false, s.achieved, current);
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
            throw new SmtpStepException(new ProbeFailure(FailureKind.GARBAGE, "EHLO",
                    c.socket().getInetAddress().getHostAddress(), c.socket().getPort(), "EHLO and HELO refused: " + helo.show(), 0,
                    ProbeFailure.Oddity.of(ProbeFailure.Oddity.Kind.EHLO_AND_HELO_REFUSED, helo.show())));
        }
        return EhloCapabilities.parse(new SmtpReply(250, List.of(helo.lines().get(0))));
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
        RelayCheck senderRelay;
        SentMessage testMessage;
        ProbeFailure failure;

        Session(SmtpProbePlan plan) {
            this.plan = plan;
        }

        /** What the server offers now: after STARTTLS, what it said again over TLS. */
        EhloCapabilities current() {
            return capabilitiesAfterTls != null ? capabilitiesAfterTls : capabilities;
        }

        SmtpPortResult result(long startNanos) {
            return new SmtpPortResult(plan.endpoint().host(), plan.endpoint().address().getHostAddress(),
                    plan.endpoint().port(), plan.usersPort(), plan.security(), achieved, connectMillis, greeting,
                    capabilities, startTlsReply, capabilitiesAfterTls, certificate, unauthenticatedRelay, auth,
                    authenticatedRelay, testMessage, failure, transcript.lines(), Dialer.millisSince(startNanos), senderRelay);
        }
    }
}
