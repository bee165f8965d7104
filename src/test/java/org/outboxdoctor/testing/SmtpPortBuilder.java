package org.outboxdoctor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.smtp.AuthAttempt;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.EhloCapabilities;
import org.outboxdoctor.probe.smtp.RelayCheck;
import org.outboxdoctor.probe.smtp.SentMessage;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.Security;

/**
 * One SMTP port's result, written the way a technician tells it: {@code Probes.port(587).yours().greets()
 * .ehlo().ehloAfterTls("PLAIN").certificate(trusted).authRefused(535, "5.7.8 …").build()}. Steps left out stay
 * null, as the probe leaves steps it never reached; the protection reached follows from the steps unless set.
 */
public final class SmtpPortBuilder {
    private final int port;
    private String host = EvidenceFixture.SERVER;
    private boolean usersPort;
    private Security planned;
    private Security achieved;
    private SmtpReply greeting;
    private List<String> mechanismsBeforeTls;
    private List<String> mechanismsAfterTls;
    private boolean noStartTls;
    private OptionalLong size = OptionalLong.empty();
    private CertificateEvidence certificate;
    private RelayCheck relayWithoutLogin;
    private AuthAttempt auth;
    private RelayCheck relayAfterLogin;
    private RelayCheck asAnotherSender;
    private SentMessage testMessage;
    private ProbeFailure failure;
    private final List<String> transcript = new ArrayList<>();

    SmtpPortBuilder(int port) {
        this.port = port;
        this.planned = Security.standardFor(port);
    }

    public SmtpPortBuilder host(String name) {
        host = name;
        return this;
    }

    /** The port the user's mail program uses. */
    public SmtpPortBuilder yours() {
        usersPort = true;
        return this;
    }

    /** The security this port was tried with (by default the port's standard one). */
    public SmtpPortBuilder security(Security tried) {
        planned = tried;
        return this;
    }

    /** The protection the connection really had, when the steps do not tell it. */
    public SmtpPortBuilder achieved(Security protection) {
        achieved = protection;
        return this;
    }

    /** "220 mail.example.test ESMTP Postfix". */
    public SmtpPortBuilder greets() {
        return greets(host + " ESMTP Postfix");
    }

    public SmtpPortBuilder greets(String text) {
        return greets(220, text);
    }

    /** A greeting with another code, such as 554 from a server that will not talk to this address. */
    public SmtpPortBuilder greets(int code, String text) {
        greeting = Probes.reply(code, text);
        transcript.add("S: " + greeting.show());
        return this;
    }

    /** No answer at all to the connection attempt. */
    public SmtpPortBuilder filtered() {
        return stops(FailureKind.FILTERED, "connect", "connect timed out");
    }

    /** Reset: nothing listens there. */
    public SmtpPortBuilder refused() {
        return stops(FailureKind.REFUSED, "connect", "Connection refused");
    }

    /** The network has no route to the address. */
    public SmtpPortBuilder unreachable() {
        return stops(FailureKind.UNREACHABLE, "connect", "No route to host");
    }

    /** A TLS handshake answered with a plain-text greeting: SSL/TLS on a STARTTLS port. */
    public SmtpPortBuilder tlsGotPlaintext() {
        return stops(FailureKind.TLS_GOT_PLAINTEXT, "TLS handshake", "220 " + host + " ESMTP");
    }

    /** The conversation stopped here (before or after the greeting, depending on what was written before). */
    public SmtpPortBuilder stops(FailureKind kind, String step, String detail) {
        failure = new ProbeFailure(kind, step, host, port, detail, kind == FailureKind.FILTERED
                || kind == FailureKind.REPLY_TIMEOUT ? 5000 : 0);
        return this;
    }

    /** EHLO before encryption (the only one on an SSL/TLS port), offering these AUTH mechanisms (none: no AUTH). */
    public SmtpPortBuilder ehlo(String... authMechanisms) {
        mechanismsBeforeTls = List.of(authMechanisms);
        return this;
    }

    /** EHLO before encryption offering these AUTH mechanisms and no STARTTLS, on any port. */
    public SmtpPortBuilder ehloWithoutStartTls(String... authMechanisms) {
        noStartTls = true;
        return ehlo(authMechanisms);
    }

    /** STARTTLS accepted, then EHLO again offering these AUTH mechanisms. */
    public SmtpPortBuilder ehloAfterTls(String... authMechanisms) {
        mechanismsAfterTls = List.of(authMechanisms);
        return this;
    }

    /** The SIZE the server announces in the EHLO that applies when logging in. */
    public SmtpPortBuilder size(long bytes) {
        size = OptionalLong.of(bytes);
        return this;
    }

    public SmtpPortBuilder certificate(CertificateEvidence shown) {
        certificate = shown;
        return this;
    }

    /** Without logging in, MAIL FROM was taken and RCPT TO an outside address got this reply. */
    public SmtpPortBuilder relayWithoutLogin(int code, String text) {
        relayWithoutLogin = new RelayCheck(false, planned, Probes.reply(250, "2.1.0 Ok"), Probes.reply(code, text));
        return this;
    }

    /** Without logging in, MAIL FROM itself got this reply (no RCPT TO followed). */
    public SmtpPortBuilder mailFromWithoutLogin(int code, String text) {
        relayWithoutLogin = new RelayCheck(false, planned, Probes.reply(code, text), null);
        return this;
    }

    public SmtpPortBuilder authAccepted() {
        return auth(new AuthAttempt(AuthOutcome.ACCEPTED, "PLAIN", Probes.reply(235, "2.7.0 Authentication successful"),
                planned, ""));
    }

    /** AUTH PLAIN refused for good (5xx) with these words. */
    public SmtpPortBuilder authRefused(int code, String text) {
        return auth(new AuthAttempt(AuthOutcome.REJECTED, "PLAIN", Probes.reply(code, text), planned, ""));
    }

    /** AUTH PLAIN refused for now (4xx) with these words. */
    public SmtpPortBuilder authTemporary(int code, String text) {
        return auth(new AuthAttempt(AuthOutcome.TEMPORARY_FAILURE, "PLAIN", Probes.reply(code, text), planned, ""));
    }

    /** A token accepted with XOAUTH2 or OAUTHBEARER. */
    public SmtpPortBuilder tokenAccepted(String mechanism) {
        return auth(new AuthAttempt(AuthOutcome.ACCEPTED, mechanism, Probes.reply(235, "2.7.0 Accepted"), planned, ""));
    }

    /** A token refused with these words, after the error challenge {@code challenge} (decoded; empty: none came). */
    public SmtpPortBuilder tokenRefused(String mechanism, int code, String text, String challenge) {
        return auth(new AuthAttempt(AuthOutcome.REJECTED, mechanism, Probes.reply(code, text), planned, "", challenge));
    }

    /** The login was not tried, or not offered, for this reason. */
    public SmtpPortBuilder authSkipped(AuthOutcome why) {
        return auth(AuthAttempt.skipped(why, planned, why.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    }

    public SmtpPortBuilder auth(AuthAttempt attempt) {
        auth = attempt;
        return this;
    }

    /** After logging in, MAIL FROM and RCPT TO an outside address were accepted (then RSET). */
    public SmtpPortBuilder sends() {
        relayAfterLogin = new RelayCheck(true, planned, Probes.reply(250, "2.1.0 Ok"), Probes.reply(250, "2.1.5 Ok"));
        return this;
    }

    /** After logging in, RCPT TO an outside address got this refusal. */
    public SmtpPortBuilder sendingRefused(int code, String text) {
        relayAfterLogin = new RelayCheck(true, planned, Probes.reply(250, "2.1.0 Ok"), Probes.reply(code, text));
        return this;
    }

    /** After logging in, MAIL FROM itself got this refusal. */
    public SmtpPortBuilder senderRefused(int code, String text) {
        relayAfterLogin = new RelayCheck(true, planned, Probes.reply(code, text), null);
        return this;
    }

    /** After a send from the login's own address worked: the same from another address (an alias), refused at MAIL FROM. */
    public SmtpPortBuilder aliasRefused(int code, String text) {
        asAnotherSender = new RelayCheck(true, planned, Probes.reply(code, text), null);
        return this;
    }

    /** After a send from the login's own address worked: the same from another address, accepted. */
    public SmtpPortBuilder aliasAccepted() {
        asAnotherSender = new RelayCheck(true, planned, Probes.reply(250, "2.1.0 Ok"), Probes.reply(250, "2.1.5 Ok"));
        return this;
    }

    public SmtpPortBuilder testMessage(boolean accepted, int code, String text) {
        testMessage = new SentMessage("<test@outboxdoctor>", accepted, Probes.reply(code, text));
        return this;
    }

    /**
     * A port where everything works: greeting, AUTH PLAIN LOGIN (after STARTTLS on a STARTTLS port), a trusted
     * certificate for its host, the login accepted and mail for the outside world taken.
     */
    public SmtpPortBuilder working() {
        greets();
        if (planned == Security.STARTTLS) {
            ehlo().ehloAfterTls("PLAIN", "LOGIN");
        } else {
            ehlo("PLAIN", "LOGIN");
        }
        if (planned != Security.NONE) {
            certificate(Probes.trustedCertificate(host));
        }
        return authAccepted().sends();
    }

    public SmtpPortResult build() {
        EhloCapabilities before = mechanismsBeforeTls == null ? null
                : capabilities(mechanismsBeforeTls, planned == Security.STARTTLS && !noStartTls, mechanismsAfterTls == null);
        EhloCapabilities after = mechanismsAfterTls == null ? null : capabilities(mechanismsAfterTls, false, true);
        SmtpReply startTls = after == null ? null : Probes.reply(220, "2.0.0 Ready to start TLS");
        return new SmtpPortResult(host, "127.0.0.1", port, usersPort, planned, achieved(after), 3, greeting, before,
                startTls, after, certificate, relayWithoutLogin, auth, relayAfterLogin, testMessage, failure,
                transcript, 40, asAnotherSender);
    }

    private Security achieved(EhloCapabilities after) {
        if (achieved != null) {
            return achieved;
        }
        if (planned == Security.TLS && greeting != null) {
            return Security.TLS;
        }
        return after != null ? Security.STARTTLS : Security.NONE;
    }

    private EhloCapabilities capabilities(List<String> mechanisms, boolean startTls, boolean current) {
        List<String> keywords = new ArrayList<>(List.of("PIPELINING", "8BITMIME"));
        if (startTls) {
            keywords.add("STARTTLS");
        }
        if (!mechanisms.isEmpty()) {
            keywords.add("AUTH " + String.join(" ", mechanisms));
        }
        OptionalLong announced = current ? size : OptionalLong.empty();
        announced.ifPresent(bytes -> keywords.add("SIZE " + bytes));
        return new EhloCapabilities(host, startTls, Set.copyOf(mechanisms), announced, true, keywords);
    }
}
