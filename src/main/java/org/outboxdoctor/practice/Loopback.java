package org.outboxdoctor.practice;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** What every practice server needs to stay on 127.0.0.0/8 and to let go of its sockets. */
final class Loopback {

    private Loopback() {
    }

    /** 127.0.0.1, built from its bytes so that no name is ever looked up. */
    static InetAddress localhost() {
        return address(new byte[] {127, 0, 0, 1});
    }

    /** Parsed by hand: InetAddress.getByName would ask the real DNS about anything that is not a literal. */
    static InetAddress parse(String address) {
        String[] parts = address.split("\\.");
        if (parts.length != 4 || !parts[0].equals("127")) {
            throw new IllegalArgumentException("practice servers bind only to 127.0.0.0/8, not " + address);
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(parts[i]);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("not an IPv4 literal: " + address);
            }
            bytes[i] = (byte) octet;
        }
        return address(bytes);
    }

    /** Closes a socket, server or stream during shutdown, when a failure to close changes nothing. */
    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError(e); // only thrown for a wrong number of bytes
        }
    }
}
