package org.outboxdoctor.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.outboxdoctor.probe.ConnectionBudget;
import org.outboxdoctor.probe.PortMap;

/**
 * How a run is carried out, apart from the user's settings. Every endpoint the run may contact is
 * here, so tests and the practice servers can point all of them at loopback.
 *
 * @param dnsServer HOST[:PORT] of the resolver to ask; empty for this computer's resolvers
 * @param whoamiDns HOST[:PORT] of a DNS server answering the "what is my address" questions instead of the public services
 * @param publicIp the address to check against blocklists, instead of discovering it
 * @param dnsblZones the blocklists to ask; empty for the curated default list
 * @param profile the provider profile to use; empty to choose it from the domain's MX
 * @param attachment a file the user wants to send, to check against size limits
 * @param sendTest send a short message to the user's own address and confirm it arrived
 * @param portMap where each standard port is really reached (practice servers and tests)
 * @param autoconfigPort the port of the https autoconfig service (443 outside tests)
 * @param clock the run's "today": which sign-in policy a provider has in force (tests fix the date)
 */
public record CheckOptions(Optional<String> dnsServer, Duration timeout, Optional<Path> trustStore,
                           char[] trustStorePassword, PortMap portMap, int connectionLimit, Optional<String> whoamiDns,
                           Optional<String> publicIp, Optional<List<String>> dnsblZones, Optional<String> profile,
                           Optional<Path> attachment, boolean sendTest, int autoconfigPort,
                           Clock clock) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public static CheckOptions defaults() {
        return new CheckOptions(Optional.empty(), DEFAULT_TIMEOUT, Optional.empty(), "changeit".toCharArray(),
                PortMap.identity(), ConnectionBudget.DEFAULT_LIMIT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, 443, Clock.systemDefaultZone());
    }

    public CheckOptions withDns(String hostPort) {
        return toBuilder().dnsServer(hostPort).build();
    }

    public CheckOptions withTimeout(Duration value) {
        return toBuilder().timeout(value).build();
    }

    public CheckOptions withTrustStore(Path file, char[] password) {
        return toBuilder().trustStore(file, password).build();
    }

    public CheckOptions withPortMap(PortMap value) {
        return toBuilder().portMap(value).build();
    }

    /** The run's date, in this computer's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Builder toBuilder() {
        return new Builder(this);
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

    /** Changes a few options of a copy. */
    public static final class Builder {
        private Optional<String> dnsServer;
        private Duration timeout;
        private Optional<Path> trustStore;
        private char[] trustStorePassword;
        private PortMap portMap;
        private int connectionLimit;
        private Optional<String> whoamiDns;
        private Optional<String> publicIp;
        private Optional<List<String>> dnsblZones;
        private Optional<String> profile;
        private Optional<Path> attachment;
        private boolean sendTest;
        private int autoconfigPort;
        private Clock clock;

        private Builder(CheckOptions o) {
            dnsServer = o.dnsServer;
            timeout = o.timeout;
            trustStore = o.trustStore;
            trustStorePassword = o.trustStorePassword;
            portMap = o.portMap;
            connectionLimit = o.connectionLimit;
            whoamiDns = o.whoamiDns;
            publicIp = o.publicIp;
            dnsblZones = o.dnsblZones;
            profile = o.profile;
            attachment = o.attachment;
            sendTest = o.sendTest;
            autoconfigPort = o.autoconfigPort;
            clock = o.clock;
        }

        public Builder dnsServer(String hostPort) {
            dnsServer = Optional.of(hostPort);
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        public Builder trustStore(Path file, char[] password) {
            trustStore = Optional.of(file);
            trustStorePassword = password;
            return this;
        }

        public Builder portMap(PortMap value) {
            portMap = value;
            return this;
        }

        public Builder whoamiDns(String hostPort) {
            whoamiDns = Optional.of(hostPort);
            return this;
        }

        public Builder publicIp(String ip) {
            publicIp = Optional.of(ip);
            return this;
        }

        public Builder dnsblZones(List<String> zones) {
            dnsblZones = Optional.of(List.copyOf(zones));
            return this;
        }

        public Builder profile(String id) {
            profile = Optional.of(id);
            return this;
        }

        public Builder attachment(Path file) {
            attachment = Optional.of(file);
            return this;
        }

        public Builder sendTest(boolean value) {
            sendTest = value;
            return this;
        }

        public Builder autoconfigPort(int port) {
            autoconfigPort = port;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** Runs as if it were {@code day} (at noon in this computer's time zone). */
        public Builder today(LocalDate day) {
            ZoneId zone = ZoneId.systemDefault();
            clock = Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
            return this;
        }

        public CheckOptions build() {
            return new CheckOptions(dnsServer, timeout, trustStore, trustStorePassword, portMap, connectionLimit,
                    whoamiDns, publicIp, dnsblZones, profile, attachment, sendTest, autoconfigPort, clock);
        }
    }
}
