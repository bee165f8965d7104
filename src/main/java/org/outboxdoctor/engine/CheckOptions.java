package org.outboxdoctor.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.outboxdoctor.probe.ConnectionBudget;
import org.outboxdoctor.probe.PortMap;

/**
 * How a run is carried out, apart from the user's settings.
 *
 * @param dnsServer HOST[:PORT] of the resolver to ask; empty for this computer's resolvers
 * @param timeout the deadline of the whole run
 * @param portMap where each standard port is really reached (practice servers and tests)
 */
public record CheckOptions(Optional<String> dnsServer, Duration timeout, Optional<Path> trustStore,
                           char[] trustStorePassword, PortMap portMap, int connectionLimit) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public static CheckOptions defaults() {
        return new CheckOptions(Optional.empty(), DEFAULT_TIMEOUT, Optional.empty(), "changeit".toCharArray(),
                PortMap.identity(), ConnectionBudget.DEFAULT_LIMIT);
    }

    public CheckOptions withDns(String hostPort) {
        return new CheckOptions(Optional.of(hostPort), timeout, trustStore, trustStorePassword, portMap, connectionLimit);
    }

    public CheckOptions withTimeout(Duration value) {
        return new CheckOptions(dnsServer, value, trustStore, trustStorePassword, portMap, connectionLimit);
    }

    public CheckOptions withTrustStore(Path file, char[] password) {
        return new CheckOptions(dnsServer, timeout, Optional.of(file), password, portMap, connectionLimit);
    }

    public CheckOptions withPortMap(PortMap value) {
        return new CheckOptions(dnsServer, timeout, trustStore, trustStorePassword, value, connectionLimit);
    }

    /** Time allowed for one connection attempt: long enough for slow links, short enough to leave room. */
    public Duration connectTimeout() {
        return min(Duration.ofSeconds(5), timeout.dividedBy(3));
    }

    /** Time allowed for one reply, including a slow greeting (postscreen waits 6 s on port 25). */
    public Duration replyTimeout() {
        return min(Duration.ofSeconds(10), timeout.multipliedBy(2).dividedBy(3));
    }

    public Duration dnsTimeout() {
        return min(Duration.ofSeconds(4), timeout.dividedBy(4));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
