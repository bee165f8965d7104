package org.outboxdoctor.probe;

import java.net.InetAddress;

/**
 * One place to connect to: the host name the user knows (used for TLS names), the address DNS gave,
 * the port the user knows and the port actually dialled (the same outside practice and tests).
 */
public record Endpoint(String host, InetAddress address, int port, int physicalPort) {

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
