package org.outboxdoctor.probe.login;

import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import org.outboxdoctor.probe.Cancellation;

/**
 * Hands Jakarta Mail the plain sockets it connects, so cancelling the run closes them too.
 */
final class RegisteringSocketFactory extends SocketFactory {
    private final Cancellation cancellation;

    RegisteringSocketFactory(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    @Override
    public Socket createSocket() {
        Socket socket = new Socket();
        cancellation.register(socket);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("Jakarta Mail connects unconnected sockets itself");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException("Jakarta Mail connects unconnected sockets itself");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("Jakarta Mail connects unconnected sockets itself");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException("Jakarta Mail connects unconnected sockets itself");
    }
}
