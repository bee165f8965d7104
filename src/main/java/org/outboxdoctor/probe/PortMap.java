package org.outboxdoctor.probe;

import java.util.Map;

/**
 * Where each standard port is really reached. Identity for real use; the practice servers and tests
 * put the "port 587" of a pretend provider on a free loopback port.
 */
public record PortMap(Map<Integer, Integer> physical) {

    public PortMap {
        physical = Map.copyOf(physical);
    }

    public static PortMap identity() {
        return new PortMap(Map.of());
    }

    public int physicalPort(int port) {
        return physical.getOrDefault(port, port);
    }
}
