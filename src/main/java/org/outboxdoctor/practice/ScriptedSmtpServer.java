package org.outboxdoctor.practice;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A small, real SMTP server on 127.0.0.1 for behaviours GreenMail cannot reproduce: provider-specific
 * rejections, refusing connections with 421, TLS policies, garbage or silence instead of a greeting.
 * One daemon thread per connection, each a {@link ScriptedSmtpSession}; the {@link SmtpBehaviour} is read
 * when a connection is accepted.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final LoopbackListener listener;
    private final SmtpServerLog log = new SmtpServerLog();
    private volatile SmtpBehaviour behaviour;

    private ScriptedSmtpServer(InetAddress address, SmtpBehaviour behaviour) {
        this.behaviour = behaviour;
        // the behaviour is read when a connection is accepted, so a change applies to later connections only
        this.listener = LoopbackListener.start(address, "smtp", (socket, n) ->
                new ScriptedSmtpSession(socket, this.behaviour, listener(), log).run());
    }

    public static ScriptedSmtpServer start(SmtpBehaviour behaviour) {
        return start(behaviour, "127.0.0.1");
    }

    /** Binds to a given loopback address, e.g. "127.0.0.2", to have several servers on one port number. */
    public static ScriptedSmtpServer start(SmtpBehaviour behaviour, String loopbackAddress) {
        return new ScriptedSmtpServer(Loopback.parse(loopbackAddress), behaviour);
    }

    public int port() {
        return listener.port();
    }

    public String host() {
        return listener.address().getHostAddress();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(listener.address(), port());
    }

    public SmtpBehaviour behaviour() {
        return behaviour;
    }

    /** Changes the behaviour for connections accepted from now on. */
    public void behaviour(SmtpBehaviour next) {
        behaviour = next;
    }

    public int connectionCount() {
        return listener.connectionCount();
    }

    /** AUTH commands received, whatever their outcome. */
    public int authAttempts() {
        return log.authAttempts();
    }

    /** SASL messages that carried a bearer token (XOAUTH2, OAUTHBEARER), on every connection. */
    public int tokensReceived() {
        return log.tokensReceived();
    }

    /** Command lines received, in order, with AUTH payloads and SASL answers replaced by "********". */
    public List<String> commands() {
        return log.commands();
    }

    /** Every byte read from the wire on every connection (ciphertext once TLS is on), as ISO-8859-1. */
    public String receivedRaw() {
        return log.receivedRaw();
    }

    @Override
    public void close() {
        listener.close();
    }

    /** For the connection handler, which the constructor's lambda cannot give the field it is still assigning. */
    private LoopbackListener listener() {
        return listener;
    }
}
