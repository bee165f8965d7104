package org.outboxdoctor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.dnsbl.DnsblProbe;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.practice.LoopbackDnsServer;

/**
 * How long the blocklist step takes with 20 lists that each answer after 200 ms on loopback.
 * Run with {@code mvn -Pbench verify} (or this class's main); prints the figures, asserts nothing.
 */
public final class BlacklistBenchmark {
    private static final int ZONES = 20;
    private static final Duration DELAY = Duration.ofMillis(200);
    private static final int RUNS = 7;

    private BlacklistBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (LoopbackDnsServer dns = LoopbackDnsServer.start()) {
            List<DnsblZone> zones = new ArrayList<>();
            for (int i = 0; i < ZONES; i++) {
                String zone = "list" + i + ".bench.test";
                dns.a("2.0.0.127." + zone, "127.0.0.2").delay("2.0.0.127." + zone, DELAY)
                        .delay("1.0.0.127." + zone, DELAY);
                zones.add(DnsblZone.unknown(zone));
            }
            DnsblProbe probe = new DnsblProbe(DnsProbe.using(dns.hostPort(), Duration.ofSeconds(4)));
            probe.check("127.0.0.2", zones, Deadline.in(Duration.ofSeconds(10)));   // warm-up
            List<Long> times = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                List<DnsblResult> results = probe.check("127.0.0.2", zones, Deadline.in(Duration.ofSeconds(10)));
                times.add((System.nanoTime() - start) / 1_000_000);
                if (results.stream().anyMatch(r -> r.status() != ListingStatus.LISTED)) {
                    throw new IllegalStateException("a list did not answer: " + results);
                }
            }
            times.sort(null);
            long median = times.get(RUNS / 2);
            // a listed address costs two round trips: the A question (with TXT beside it), then the RFC 5782 127.0.0.1 check
            System.out.printf(Locale.ROOT, "blacklist step, %d lists answering after %d ms: median %d ms (min %d, max %d) over %d runs;"
                            + " minimum possible %d ms (2 answers in sequence); one list after another: %d ms%n",
                    ZONES, DELAY.toMillis(), median, times.get(0), times.get(RUNS - 1), RUNS, 2 * DELAY.toMillis(),
                    ZONES * 2 * DELAY.toMillis());
        }
    }
}
