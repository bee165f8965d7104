package org.outboxdoctor.engine;

import java.net.InetAddress;

/** The host whose ports are checked, with the address DNS gave for it. */
record CheckTarget(String host, InetAddress address) {
}
