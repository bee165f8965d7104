package org.outboxdoctor.probe;

import java.net.Socket;

/** A connection attempt: the socket when it worked, else the failure; how long it took either way. */
public record ConnectResult(Socket socket, ProbeFailure failure, long millis) {

    public boolean connected() {
        return socket != null;
    }
}
