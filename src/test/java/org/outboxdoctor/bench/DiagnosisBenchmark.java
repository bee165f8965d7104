package org.outboxdoctor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.diagnosis.Diagnoser;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.engine.Engine;
import org.outboxdoctor.engine.ProgressListener;
import org.outboxdoctor.probe.ConnectionBudget;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.ProbeContext;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.smtp.AuthGate;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.SmtpPortProbe;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpProbePlan;
import org.outboxdoctor.probe.tls.TrustConfig;
import org.outboxdoctor.practice.SmtpBehaviour;
import org.outboxdoctor.testing.TestPki;
import org.outboxdoctor.settings.Security;

/**
 * Time to a verdict behind a 100 ms round trip (issue #8): the whole diagnosis against the loopback world
 * behind latency relays, beside the same SMTP checks done one after another with a 10 s connect timeout,
 * as a technician does them by hand. Prints figures, asserts nothing: {@code mvn -B -Pbench -DskipTests verify}.
 * {@code -Dbench.only=healthy|pipelining|filtered25|filteredAll} runs one scenario, {@code -Dbench.verbose=true}
 * adds each run's progress timeline and the slowest SMTP conversation.
 */
public final class DiagnosisBenchmark {
    private static final Duration RTT = Duration.ofMillis(Long.getLong("bench.rttMillis", 100));
    private static final int RUNS = 3;

    private DiagnosisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "diagnosis benchmark, round trip %d ms, median of %d runs%n", RTT.toMillis(), RUNS);
        scenario("healthy", "healthy (465 TLS + IMAPS)", false, false, false);
        scenario("pipelining", "healthy, server offers PIPELINING", true, false, false);
        scenario("filtered25", "port 25 filtered, 465 working", false, true, false);
        scenario("filteredAll", "every SMTP port filtered", false, true, true);
    }

    /**
     * @param pipelining 465 is a scripted server that lists PIPELINING (as Postfix and the big providers do)
     *                   rather than GreenMail, which does not
     */
    private static void scenario(String id, String name, boolean pipelining, boolean filter25, boolean filterAll)
            throws Exception {
        String only = System.getProperty("bench.only", "");
        if (!only.isEmpty() && !only.equals(id)) {
            return;
        }
        List<Long> ours = new ArrayList<>();
        List<Long> byHand = new ArrayList<>();
        double minimum = 0;
        String verdict = "";
        for (int run = 0; run < RUNS; run++) {
            try (MailWorld world = new MailWorld(); LatencyProxy smtps = new LatencyProxy(pipelining
                    ? world.scripted(SmtpBehaviour.builder().implicitTls(TestPki.sharedMailLeaf().serverContext())
                            .user(MailWorld.ADDRESS, MailWorld.PASSWORD).build()).port()
                    : world.greenMail().getSmtps().getPort(), RTT);
                 LatencyProxy imaps = new LatencyProxy(world.greenMail().getImaps().getPort(), RTT)) {
                for (String dnsName : List.of("mail.example.test", "example.test", "_submission._tcp.example.test",
                        "_submissions._tcp.example.test", "autoconfig.example.test", "myip.opendns.com",
                        "o-o.myaddr.l.google.com", "whoami.cloudflare")) {
                    world.dns.delay(dnsName, RTT);
                }
                world.map(465, smtps.port()).map(993, imaps.port());
                int userPort = 465;
                if (filter25) {
                    world.blackhole(25);
                    userPort = 25;
                }
                if (filterAll) {
                    world.blackhole(465, 587, 2525);
                }
                CheckRequest request = world.request(userPort, Security.standardFor(userPort), Duration.ofSeconds(15));
                boolean verbose = Boolean.getBoolean("bench.verbose");
                List<String> timeline = Collections.synchronizedList(new ArrayList<>());
                long start = System.nanoTime();
                ProgressListener progress = !verbose ? ProgressListener.NONE : e -> timeline.add(String.format(Locale.ROOT,
                        "%5d ms %s %s", (System.nanoTime() - start) / 1_000_000, e.probe().key(), e.getClass().getSimpleName()));
                CheckEvidence evidence = new Engine().run(request, progress);
                Diagnosis diagnosis = new Diagnoser().diagnose(evidence);
                ours.add((System.nanoTime() - start) / 1_000_000);
                verdict = diagnosis.top().map(f -> f.code().name()).orElse("");
                if (verbose) {
                    System.out.println("    run " + run + ": " + ours.get(ours.size() - 1) + " ms, critical path "
                            + criticalPathRoundTrips(evidence) + " round trips");
                    timeline.forEach(line -> System.out.println("    " + line));
                    evidence.ports().forEach(p -> System.out.println("    smtp-" + p.port() + " " + p.millis() + " ms "
                            + p.transcript().stream().filter(l -> l.startsWith("*  TLS")).toList()));
                    evidence.ports().stream().filter(SmtpPortResult::answered).max(Comparator.comparingLong(SmtpPortResult::millis))
                            .ifPresent(p -> p.transcript().forEach(l -> System.out.println("      " + l)));
                    evidence.logins().forEach(l -> System.out.println("    " + l.protocol() + "-" + l.port() + " " + l.millis() + " ms"));
                    evidence.blacklists().stream().mapToLong(b -> b.millis()).max()
                            .ifPresent(m -> System.out.println("    dnsbl max " + m + " ms"));
                }
                minimum = criticalPathRoundTrips(evidence) * RTT.toMillis();
                byHand.add(byHand(world, request));
            }
        }
        long median = median(ours);
        long hand = median(byHand);
        System.out.printf(Locale.ROOT, "  %-34s %6d ms (top %s); critical path %.1f round trips = %.0f ms minimum, ratio %.2f;"
                        + " by hand %6d ms, %.1f× faster%n", name, median, verdict, minimum / RTT.toMillis(), minimum,
                minimum == 0 ? 0 : median / minimum, hand, hand / (double) Math.max(1, median));
    }

    /**
     * The round trips any client must wait for to reach the same evidence: DNS (one, every name asked at once), then
     * the slowest SMTP conversation. Filtered ports do not count: their cost is the patience rule, not the network.
     * <ul>
     * <li>the TCP handshake: one (the relays delay it as a network does);</li>
     * <li>each TLS handshake: one for TLS 1.3, two for TLS 1.2;</li>
     * <li>the greeting: one. The server speaks once the connection is set up on its side, half a round trip after
     *     the client's last handshake message, and its words take the other half (JSSE, OpenSSL and so Postfix
     *     finish the TLS handshake on the client's Finished before the server writes);</li>
     * <li>then one per exchange of commands and replies, with what the server allows a client to group (RFC 2920
     *     PIPELINING, from the EHLO in force): MAIL FROM, RCPT TO and RSET anywhere in a group, and AUTH or DATA
     *     ending one. EHLO, STARTTLS, each SASL answer and the message are exchanges of their own. Commands after
     *     an AUTH PLAIN with its initial response are not counted into its group, though RFC 4954 allows it: a
     *     server that asks for the response again would take the next command for the password.
     *     QUIT is not counted: its answer is not awaited.</li>
     * </ul>
     */
    static double criticalPathRoundTrips(CheckEvidence e) {
        double slowest = 0;
        for (SmtpPortResult p : e.ports()) {
            if (!p.answered()) {
                continue;
            }
            long handshakes = p.transcript().stream().filter(l -> l.startsWith("*  TLS started"))
                    .mapToLong(l -> l.contains("TLSv1.3") ? 1 : 2).sum();
            slowest = Math.max(slowest, 1 + handshakes + 1 + exchanges(p));
        }
        return 1 + slowest;
    }

    /** Exchanges of commands and replies after the greeting, grouped as far as the server's PIPELINING allows. */
    static int exchanges(SmtpPortResult p) {
        boolean pipelining = p.capabilities() != null && p.capabilities().pipelining();
        int exchanges = 0;
        boolean groupOpen = false;
        for (String line : p.transcript()) {
            if (!line.startsWith("C: ") || line.equals("C: QUIT")) {
                continue;
            }
            String command = line.substring(3);
            boolean groupable = command.startsWith("MAIL FROM:") || command.startsWith("RCPT TO:") || command.equals("RSET");
            boolean endsGroup = command.startsWith("AUTH ") || command.equals("DATA");
            if (!(pipelining && groupOpen && (groupable || endsGroup))) {
                exchanges++;
            }
            groupOpen = pipelining && groupable;
            if (command.equals("STARTTLS")) {
                // what the server offers after the handshake is its EHLO on the secured connection
                pipelining = p.capabilitiesAfterTls() != null && p.capabilitiesAfterTls().pipelining();
            }
        }
        return exchanges;
    }

    /** The same SMTP checks, one port after another, each with a fresh 10 s connect timeout and no shared knowledge. */
    private static long byHand(MailWorld world, CheckRequest request) {
        long start = System.nanoTime();
        for (int port : new int[] {25, 465, 587, 2525}) {
            Cancellation cancellation = new Cancellation();
            Dialer dialer = new Dialer(new ConnectionBudget(1), cancellation, Duration.ofSeconds(10));
            ProbeContext context = new ProbeContext(dialer, Deadline.in(Duration.ofSeconds(30)), Duration.ofSeconds(10),
                    TrustConfig.load(request.options().trustStore(), request.options().trustStorePassword()),
                    new Redactor(request.account().password()));
            SmtpPortProbe probe = new SmtpPortProbe(context, request.account(), new EveryoneMayLogIn());
            Endpoint endpoint = new Endpoint("mail.example.test", java.net.InetAddress.getLoopbackAddress(), port,
                    request.options().portMap().physicalPort(port));
            probe.run(new SmtpProbePlan(endpoint, Security.standardFor(port), false, Security.standardFor(port), true));
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** By hand, every port is tried with the password. */
    private static final class EveryoneMayLogIn implements AuthGate {
        @Override
        public void connected(int port) {
        }

        @Override
        public String acquire(int port, Security mode, Deadline deadline) {
            return null;
        }

        @Override
        public void finished(int port, Security mode, AuthOutcome outcome) {
        }

        @Override
        public void pass(int port) {
        }
    }
}
