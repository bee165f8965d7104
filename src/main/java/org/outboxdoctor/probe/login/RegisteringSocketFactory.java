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
    private final java.util.function.Supplier<Socket> sockets;

    RegisteringSocketFactory(Cancellation cancellation) {
        this(cancellation, Socket::new);
    }

    RegisteringSocketFactory(Cancellation cancellation, java.util.function.Supplier<Socket> sockets) {
        this.cancellation = cancellation;
        this.sockets = sockets;
    }

    @Override
    public Socket createSocket() {
        Socket socket = sockets.get();
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
