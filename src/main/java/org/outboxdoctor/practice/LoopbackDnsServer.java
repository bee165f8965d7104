package org.outboxdoctor.practice;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * An authoritative DNS server on 127.0.0.1 (UDP and TCP on one ephemeral port) that answers only from the
 * records and faults configured by its owner (a practice world or a test). It never recurses or forwards, so a
 * resolver pointed at it can never cause traffic outside the loopback range. The records and faults live in a
 * {@link DnsZone}, the two transports in {@link DnsSockets}; this class counts the queries and holds back the
 * delayed answers.
 *
 * <p>Records added for the same name and type accumulate (like lines of a zone file); {@link #remove(String)}
 * forgets a name. All configuration methods are thread-safe and take effect for the next query.
 */
public final class LoopbackDnsServer implements AutoCloseable {

    private static final long TTL = 60;
    private static final Duration JOIN_BUDGET = Duration.ofSeconds(5);

    private final DnsZone zone = new DnsZone();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final AtomicInteger tcpQueries = new AtomicInteger();
    private final DnsSockets sockets;
    private final ServerThreads threads = new ServerThreads();
    private final ScheduledExecutorService scheduler;
    private volatile boolean dropEverything;

    private LoopbackDnsServer(DnsSockets sockets) {
        this.sockets = sockets;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                runnable -> threads.create("dns-delay-" + sockets.port(), runnable));
        // Dropped and closed-over queries must not keep the scheduler thread alive after close().
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.scheduler = executor;
        sockets.serve(this::handle, threads);
    }

    /** Starts a server on 127.0.0.1 with an ephemeral port shared by UDP and TCP. */
    public static LoopbackDnsServer start() {
        return new LoopbackDnsServer(DnsSockets.bind());
    }

    public int port() {
        return sockets.port();
    }

    /** "127.0.0.1:PORT", the form a resolver setting usually takes. */
    public String hostPort() {
        return "127.0.0.1:" + port();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(Loopback.localhost(), port());
    }

    // ---- records ----

    public LoopbackDnsServer a(String name, String... ipv4) {
        Name owner = name(name);
        for (String ip : ipv4) {
            add(new ARecord(owner, DClass.IN, TTL, literal(ip, Address.IPv4)));
        }
        return this;
    }

    public LoopbackDnsServer aaaa(String name, String... ipv6) {
        Name owner = name(name);
        for (String ip : ipv6) {
            add(new AAAARecord(owner, DClass.IN, TTL, literal(ip, Address.IPv6)));
        }
        return this;
    }

    public LoopbackDnsServer cname(String name, String target) {
        return add(new CNAMERecord(name(name), DClass.IN, TTL, name(target)));
    }

    public LoopbackDnsServer mx(String domain, int pref, String host) {
        return add(new MXRecord(name(domain), DClass.IN, TTL, pref, name(host)));
    }

    public LoopbackDnsServer srv(String name, int prio, int weight, int port, String target) {
        return add(new SRVRecord(name(name), DClass.IN, TTL, prio, weight, port, name(target)));
    }

    public LoopbackDnsServer txt(String name, String... strings) {
        return add(new TXTRecord(name(name), DClass.IN, TTL, List.of(strings)));
    }

    /** Forgets every record, fault and delay of this name. */
    public LoopbackDnsServer remove(String name) {
        zone.remove(name(name));
        return this;
    }

    // ---- faults ----

    public LoopbackDnsServer servfail(String name) {
        return fault(name, DnsZone.Fault.SERVFAIL);
    }

    public LoopbackDnsServer refused(String name) {
        return fault(name, DnsZone.Fault.REFUSED);
    }

    /** Queries for this name are read and counted but never answered, over UDP and TCP. */
    public LoopbackDnsServer drop(String name) {
        return fault(name, DnsZone.Fault.DROP);
    }

    /** No query is answered at all, whatever its name (like a computer without a network); queries are still counted. */
    public LoopbackDnsServer dropEverything(boolean on) {
        dropEverything = on;
        return this;
    }

    /** UDP answers for this name carry TC and no records; TCP answers are complete. */
    public LoopbackDnsServer truncate(String name) {
        return fault(name, DnsZone.Fault.TRUNCATE);
    }

    /** Answers for this name (whatever they are) are sent after {@code delay}; other queries are not held up. */
    public LoopbackDnsServer delay(String name, Duration delay) {
        zone.delay(name(name), delay);
        return this;
    }

    /** Removes servfail/refused/drop/truncate and delay from a name, keeping its records. */
    public LoopbackDnsServer clearFaults(String name) {
        zone.clearFaults(name(name));
        return this;
    }

    // ---- observations ----

    public int queryCount() {
        return queries.size();
    }

    /** Every query received, in arrival order, as "name TYPE" with the name lower-case and without the final dot. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    /** How many of {@link #queries()} came over TCP. */
    public int tcpQueryCount() {
        return tcpQueries.get();
    }

    @Override
    public void close() {
        sockets.close();
        scheduler.shutdownNow();
        threads.joinAll(JOIN_BUDGET);
    }

    private void handle(byte[] wire, boolean overTcp, Consumer<byte[]> send) {
        Message query;
        try {
            query = new Message(wire);
        } catch (IOException e) {
            return; // not DNS; a real server would send FORMERR if it could read an ID, tests don't need it
        }
        Record question = query.getQuestion();
        if (question != null) {
            queries.add(question.getName().toString(true).toLowerCase(Locale.ROOT) + " " + Type.string(question.getType()));
            if (overTcp) {
                tcpQueries.incrementAndGet();
            }
        }
        DnsZone.Answer answer = zone.answer(query, overTcp);
        if (answer.drop() || dropEverything) {
            return;
        }
        byte[] bytes = overTcp ? answer.reply().toWire() : answer.reply().toWire(udpLimit(query));
        Duration delay = answer.delay();
        if (delay == null || delay.isZero()) {
            send.accept(bytes);
        } else if (!sockets.isClosed()) {
            try {
                scheduler.schedule(() -> send.accept(bytes), delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException ignored) {
                // closing
            }
        }
    }

    private static int udpLimit(Message query) {
        OPTRecord opt = query.getOPT();
        return opt == null ? 512 : Math.max(512, Math.min(opt.getPayloadSize(), 1232));
    }

    private LoopbackDnsServer add(Record record) {
        zone.add(record);
        return this;
    }

    private LoopbackDnsServer fault(String name, DnsZone.Fault fault) {
        zone.fault(name(name), fault);
        return this;
    }

    static Name name(String text) {
        try {
            return Name.fromString(text, Name.root).canonicalize();
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name: " + text, e);
        }
    }

    /** Parses only literals: a host name here would make the JVM ask the real DNS. */
    private static InetAddress literal(String ip, int family) {
        try {
            return Address.getByAddress(ip, family);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal of the right family: " + ip, e);
        }
    }

    @Override
    public String toString() {
        return "LoopbackDnsServer[" + hostPort() + "]" + (sockets.isClosed() ? " (closed)" : "");
    }
}
