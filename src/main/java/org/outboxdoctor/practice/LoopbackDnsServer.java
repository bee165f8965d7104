package org.outboxdoctor.practice;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * An authoritative DNS server on 127.0.0.1 (UDP and TCP on one ephemeral port) that answers only from the
 * records and faults configured by its owner (a practice world or a test). It never recurses or forwards, so a resolver pointed at it can
 * never cause traffic outside the loopback range.
 *
 * <p>Records added for the same name and type accumulate (like lines of a zone file); {@link #remove(String)}
 * forgets a name. All configuration methods are thread-safe and take effect for the next query.
 */
public final class LoopbackDnsServer implements AutoCloseable {

    private static final long TTL = 60;
    private static final int MAX_CNAME_CHAIN = 8;
    private static final int TCP_IDLE_TIMEOUT_MS = 10_000;
    private static final Duration JOIN_BUDGET = Duration.ofSeconds(5);

    private enum Fault { SERVFAIL, REFUSED, DROP, TRUNCATE }

    private final Map<Name, List<Record>> records = new HashMap<>();
    private final Map<Name, Fault> faults = new HashMap<>();
    private final Map<Name, Duration> delays = new HashMap<>();

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final AtomicInteger tcpQueries = new AtomicInteger();
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final ScheduledExecutorService scheduler;
    private final Set<Socket> tcpClients = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile boolean dropEverything;

    private LoopbackDnsServer(DatagramSocket udp, ServerSocket tcp) {
        this.udp = udp;
        this.tcp = tcp;
        int port = udp.getLocalPort();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = PracticeThreads.newThread("dns-delay-" + port, runnable);
            threads.add(t);
            return t;
        });
        // Dropped and closed-over queries must not keep the scheduler thread alive after close().
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.scheduler = executor;
        startThread("dns-udp-" + port, this::serveUdp);
        startThread("dns-tcp-accept-" + port, this::acceptTcp);
    }

    /** Starts a server on 127.0.0.1 with an ephemeral port shared by UDP and TCP. */
    public static LoopbackDnsServer start() {
        InetAddress loopback = loopback();
        IOException last = null;
        // Another process may grab the TCP side of the UDP port in between: try a few fresh UDP ports.
        for (int attempt = 0; attempt < 10; attempt++) {
            DatagramSocket udp = null;
            try {
                udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
                ServerSocket tcp = new ServerSocket();
                try {
                    tcp.bind(new InetSocketAddress(loopback, udp.getLocalPort()), 50);
                } catch (BindException e) {
                    tcp.close();
                    throw e;
                }
                return new LoopbackDnsServer(udp, tcp);
            } catch (IOException e) {
                last = e;
                if (udp != null) {
                    udp.close();
                }
            }
        }
        throw new UncheckedIOException("could not bind UDP and TCP on one loopback port", last);
    }

    public int port() {
        return udp.getLocalPort();
    }

    /** "127.0.0.1:PORT", the form a resolver setting usually takes. */
    public String hostPort() {
        return "127.0.0.1:" + port();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(loopback(), port());
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
        Name owner = name(name);
        synchronized (records) {
            records.remove(owner);
            faults.remove(owner);
            delays.remove(owner);
        }
        return this;
    }

    // ---- faults ----

    public LoopbackDnsServer servfail(String name) {
        return fault(name, Fault.SERVFAIL);
    }

    public LoopbackDnsServer refused(String name) {
        return fault(name, Fault.REFUSED);
    }

    /** Queries for this name are read and counted but never answered, over UDP and TCP. */
    public LoopbackDnsServer drop(String name) {
        return fault(name, Fault.DROP);
    }

    /** No query is answered at all, whatever its name (like a computer without a network); queries are still counted. */
    public LoopbackDnsServer dropEverything(boolean on) {
        dropEverything = on;
        return this;
    }

    /** UDP answers for this name carry TC and no records; TCP answers are complete. */
    public LoopbackDnsServer truncate(String name) {
        return fault(name, Fault.TRUNCATE);
    }

    /** Answers for this name (whatever they are) are sent after {@code delay}; other queries are not held up. */
    public LoopbackDnsServer delay(String name, Duration delay) {
        synchronized (records) {
            delays.put(name(name), delay);
        }
        return this;
    }

    /** Removes servfail/refused/drop/truncate and delay from a name, keeping its records. */
    public LoopbackDnsServer clearFaults(String name) {
        Name owner = name(name);
        synchronized (records) {
            faults.remove(owner);
            delays.remove(owner);
        }
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
        closed = true;
        udp.close();
        closeQuietly(tcp);
        tcpClients.forEach(LoopbackDnsServer::closeQuietly);
        scheduler.shutdownNow();
        PracticeThreads.joinAll(threads, JOIN_BUDGET);
    }

    // ---- serving ----

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
            } catch (IOException e) {
                return; // closed
            }
            byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
            SocketAddress client = packet.getSocketAddress();
            handle(query, false, reply -> {
                try {
                    udp.send(new DatagramPacket(reply, reply.length, client));
                } catch (IOException ignored) {
                    // the client is gone or the server closed: nothing to tell anyone
                }
            });
        }
    }

    private void acceptTcp() {
        while (!closed) {
            Socket client;
            try {
                client = tcp.accept();
            } catch (IOException e) {
                return; // closed
            }
            tcpClients.add(client);
            startThread("dns-tcp-" + port() + "-" + client.getPort(), () -> serveTcp(client));
        }
    }

    private void serveTcp(Socket client) {
        try (client) {
            client.setSoTimeout(TCP_IDLE_TIMEOUT_MS);
            DataInputStream in = new DataInputStream(client.getInputStream());
            DataOutputStream out = new DataOutputStream(client.getOutputStream());
            while (!closed) {
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                handle(query, true, reply -> {
                    // Delayed answers come from the scheduler thread, so frames must not interleave.
                    synchronized (out) {
                        try {
                            out.writeShort(reply.length);
                            out.write(reply);
                            out.flush();
                        } catch (IOException ignored) {
                            // the client hung up first
                        }
                    }
                });
            }
        } catch (EOFException | SocketTimeoutException | SocketException e) {
            // client done, idle, or server closed
        } catch (IOException e) {
            // malformed frame: just drop the connection, as a real server would
        } finally {
            tcpClients.remove(client);
        }
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
        Fault fault;
        Duration delay;
        Message reply;
        synchronized (records) {
            fault = question == null ? null : faults.get(question.getName());
            delay = question == null ? null : delays.get(question.getName());
            reply = answer(query, question, fault, overTcp);
        }
        if (fault == Fault.DROP || dropEverything) {
            return;
        }
        byte[] bytes = overTcp ? reply.toWire() : reply.toWire(udpLimit(query));
        if (delay == null || delay.isZero()) {
            send.accept(bytes);
        } else if (!closed) {
            try {
                scheduler.schedule(() -> send.accept(bytes), delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException ignored) {
                // closing
            }
        }
    }

    /** Builds the reply; caller holds the records lock. */
    private Message answer(Message query, Record question, Fault fault, boolean overTcp) {
        Message reply = new Message(query.getHeader().getID());
        Header header = reply.getHeader();
        header.setFlag(Flags.QR);
        header.setOpcode(query.getHeader().getOpcode());
        if (query.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        if (query.getOPT() != null) {
            reply.addRecord(new OPTRecord(1232, 0, 0), Section.ADDITIONAL);
        }
        if (question == null || query.getHeader().getOpcode() != Opcode.QUERY || question.getDClass() != DClass.IN) {
            if (question != null) {
                reply.addRecord(question, Section.QUESTION); // resolvers match a reply to its question
            }
            header.setRcode(question == null ? Rcode.FORMERR : Rcode.NOTIMP);
            return reply;
        }
        reply.addRecord(question, Section.QUESTION);
        header.setFlag(Flags.AA);
        if (fault == Fault.SERVFAIL || fault == Fault.REFUSED) {
            header.unsetFlag(Flags.AA);
            header.setRcode(fault == Fault.SERVFAIL ? Rcode.SERVFAIL : Rcode.REFUSED);
            return reply;
        }
        if (fault == Fault.TRUNCATE && !overTcp) {
            header.setFlag(Flags.TC);
            return reply;
        }
        Name name = question.getName();
        int type = question.getType();
        if (!exists(name)) {
            header.setRcode(Rcode.NXDOMAIN);
            return reply;
        }
        for (int hop = 0; hop < MAX_CNAME_CHAIN; hop++) {
            List<Record> owned = records.getOrDefault(name, List.of());
            Record cname = owned.stream().filter(r -> r.getType() == Type.CNAME).findFirst().orElse(null);
            if (cname == null || type == Type.CNAME || type == Type.ANY) {
                owned.stream()
                        .filter(r -> type == Type.ANY || r.getType() == type)
                        .forEach(r -> reply.addRecord(r, Section.ANSWER));
                return reply;
            }
            // Like an authoritative server for its own zone: give the alias and, where known, what it points to.
            reply.addRecord(cname, Section.ANSWER);
            name = ((CNAMERecord) cname).getTarget();
        }
        return reply;
    }

    /** A name exists if it owns records or is an ancestor of one that does (an empty non-terminal). */
    private boolean exists(Name name) {
        if (records.containsKey(name) || faults.containsKey(name)) {
            return true;
        }
        for (Name owner : records.keySet()) {
            if (owner.subdomain(name)) {
                return true;
            }
        }
        return false;
    }

    private static int udpLimit(Message query) {
        OPTRecord opt = query.getOPT();
        return opt == null ? 512 : Math.max(512, Math.min(opt.getPayloadSize(), 1232));
    }

    private LoopbackDnsServer add(Record record) {
        synchronized (records) {
            records.computeIfAbsent(record.getName(), n -> new ArrayList<>()).add(record);
        }
        return this;
    }

    private LoopbackDnsServer fault(String name, Fault fault) {
        synchronized (records) {
            faults.put(name(name), fault);
        }
        return this;
    }

    private void startThread(String threadName, Runnable body) {
        // threads stay in the set after they end: a thread that removed itself while close() was copying the
        // set would escape the join and still look alive a moment later
        Thread t = PracticeThreads.newThread(threadName, body);
        threads.add(t);
        t.start();
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

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // best effort during shutdown
        }
    }

    @Override
    public String toString() {
        return "LoopbackDnsServer[" + hostPort() + "]" + (closed ? " (closed)" : "");
    }
}
