package org.outboxdoctor.probe.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.outboxdoctor.probe.Deadline;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks DNS through dnsjava, never through the operating system, so the resolver is always the one
 * configured (tests point it at loopback) and every failure keeps its rcode.
 */
public final class DnsProbe {
    private static final java.util.concurrent.Executor SENDERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "outbox-doctor-dns-send");
        thread.setDaemon(true);
        return thread;
    });

    private final Resolver resolver;
    private final String resolverName;
    private final Duration timeout;

    private DnsProbe(Resolver resolver, String resolverName, Duration timeout) {
        this.resolver = resolver;
        this.resolverName = resolverName;
        this.timeout = timeout;
        resolver.setTimeout(timeout);
    }

    /** The resolver at HOST[:PORT] (an IP address, or a name looked up once by the system). */
    public static DnsProbe using(String hostPort, Duration timeout) throws UnknownHostException {
        org.outboxdoctor.settings.ResolverAddress server;
        try {
            server = org.outboxdoctor.settings.ResolverAddress.parse("the DNS server", hostPort);
        } catch (org.outboxdoctor.settings.InvalidSettingException e) {
            throw new UnknownHostException(e.getMessage());
        }
        String host = server.host();
        int port = server.port();
        InetAddress address = InetAddress.getByName(host);
        org.outboxdoctor.probe.NetworkGuard.check(address);
        SimpleResolver simple = new SimpleResolver(new InetSocketAddress(address, port));
        return new DnsProbe(simple, host + ":" + port, timeout);
    }

    /** The resolvers this computer is configured with. */
    public static DnsProbe system(Duration timeout) {
        org.outboxdoctor.probe.NetworkGuard.checkSystemResolver();
        ExtendedResolver extended = new ExtendedResolver();
        extended.setRetries(1);
        return new DnsProbe(extended, "system resolver", timeout);
    }

    public String resolverName() {
        return resolverName;
    }

    public CompletableFuture<DnsLookup> lookup(String name, int type, Deadline deadline) {
        return lookup(name, type, DClass.IN, deadline);
    }

    /** A question in another class too: Cloudflare's "what is my address" answers in class CH. */
    public CompletableFuture<DnsLookup> lookup(String name, int type, int dclass, Deadline deadline) {
        long start = System.nanoTime();
        String typeName = dclass == DClass.IN ? Type.string(type) : DClass.string(dclass) + " " + Type.string(type);
        Message query;
        try {
            query = Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), type, dclass));
        } catch (TextParseException e) {
            return CompletableFuture.completedFuture(lookup(name, typeName, DnsOutcome.ERROR, "", List.of(), start,
                    "not a valid DNS name"));
        }
        long waitMillis = deadline.cap(timeout);
        // handed to dnsjava on a thread of its own: when its selector thread is stuck (a TCP retry the server
        // closed), even sending can block, and the caller's deadline must still hold
        Message question = query;
        return CompletableFuture.supplyAsync(() -> resolver.sendAsync(question).toCompletableFuture(), SENDERS)
                .thenCompose(answer -> answer)
                .orTimeout(waitMillis, TimeUnit.MILLISECONDS)
                .handle((response, error) -> error != null
                        ? failed(name, typeName, error, start)
                        : answered(name, type, typeName, response, start));
    }

    /** A, AAAA (following CNAMEs) of a host, asked at the same time. */
    public HostResolution resolveHost(String host, Deadline deadline) {
        java.util.Optional<InetAddress> literal = org.outboxdoctor.settings.IpLiteral.parse(host);
        if (literal.isPresent()) {
            return new HostResolution(host, List.of(literal.get()), List.of(), List.of());
        }
        CompletableFuture<DnsLookup> a = lookup(host, Type.A, deadline);
        CompletableFuture<DnsLookup> aaaa = lookup(host, Type.AAAA, deadline);
        List<DnsLookup> lookups = List.of(join(a), join(aaaa));
        List<InetAddress> addresses = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (DnsLookup lookup : lookups) {
            for (String record : lookup.records()) {
                if (record.startsWith("CNAME ")) {
                    String target = record.substring(6);
                    if (!aliases.contains(target)) {
                        aliases.add(target);
                    }
                } else {
                    org.outboxdoctor.settings.IpLiteral.parse(record).ifPresent(addresses::add);
                }
            }
        }
        return new HostResolution(host, addresses, aliases, lookups);
    }

    private static DnsLookup join(CompletableFuture<DnsLookup> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    DnsLookup answered(String name, int type, String typeName, Message response, long start) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return lookup(name, typeName, DnsOutcome.NXDOMAIN, Rcode.string(rcode), List.of(), start, "");
        }
        if (rcode == Rcode.SERVFAIL) {
            return lookup(name, typeName, DnsOutcome.SERVFAIL, Rcode.string(rcode), List.of(), start, "");
        }
        if (rcode != Rcode.NOERROR) {
            return lookup(name, typeName, DnsOutcome.REFUSED, Rcode.string(rcode), List.of(), start, "");
        }
        List<String> records = new ArrayList<>();
        boolean found = false;
        java.util.Map<org.xbill.DNS.Name, org.xbill.DNS.Name> aliases = new java.util.HashMap<>();
        for (Record r : response.getSection(Section.ANSWER)) {
            if (r instanceof CNAMERecord cname) {
                if (aliases.putIfAbsent(cname.getName(), cname.getTarget()) == null) {
                    records.add("CNAME " + strip(cname.getTarget()));
                }
            } else if (r.getType() == type && r.rdataToWireCanonical().length > 0) {
                // a record of the type asked with no data (rdlength 0) names no address (found by Jazzer)
                found = true;
                records.add(present(r));
            }
        }
        if (!found && loops(aliases, response.getQuestion() == null ? null : response.getQuestion().getName())) {
            return lookup(name, typeName, DnsOutcome.CNAME_LOOP, Rcode.string(rcode), records, start, "");
        }
        return lookup(name, typeName, found ? DnsOutcome.ANSWER : DnsOutcome.NODATA, Rcode.string(rcode),
                found ? records : List.of(), start, "");
    }

    /** Following the aliases from the name asked comes back to a name already passed. */
    static boolean loops(java.util.Map<org.xbill.DNS.Name, org.xbill.DNS.Name> aliases, org.xbill.DNS.Name asked) {
        java.util.Set<org.xbill.DNS.Name> passed = new java.util.HashSet<>();
        for (org.xbill.DNS.Name at = asked; at != null; at = aliases.get(at)) {
            if (!passed.add(at)) {
                return true;
            }
        }
        return false;
    }

    private static String present(Record r) {
        if (r instanceof ARecord a) {
            return a.getAddress().getHostAddress();
        }
        if (r instanceof AAAARecord aaaa) {
            return aaaa.getAddress().getHostAddress();
        }
        if (r instanceof org.xbill.DNS.TXTRecord txt) {
            return String.join("", txt.getStrings());
        }
        return r.rdataToString();
    }

    /** How a lookup's detail begins when the resolver's port is closed: the resolver is there, its service is not. */
    public static final String NOTHING_ANSWERS = "nothing answers DNS at ";
    /** How a lookup's detail begins when the network itself is down: no route, unreachable network, no interface. */
    public static final String NO_ROUTE = "no network route to the DNS server ";

    private DnsLookup failed(String name, String type, Throwable error, long start) {
        Throwable cause = error;
        while (cause.getCause() != null && cause != cause.getCause()
                && (cause instanceof java.util.concurrent.CompletionException || cause instanceof ExecutionException)) {
            cause = cause.getCause();
        }
        boolean timeout = cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException
                || String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timed out");
        String detail = cause instanceof java.net.PortUnreachableException ? NOTHING_ANSWERS + resolverName
                : networkDown(cause) ? NO_ROUTE + resolverName + " (" + cause.getMessage() + ")"
                : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return lookup(name, type, timeout ? DnsOutcome.TIMEOUT : DnsOutcome.ERROR, "", List.of(), start, detail);
    }

    /** The socket could not even be sent from: no route, the network unreachable, no interface up. */
    private static boolean networkDown(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return cause instanceof java.net.NoRouteToHostException
                || (cause instanceof java.io.IOException && (message.contains("unreachable") || message.contains("no route")));
    }

    private DnsLookup lookup(String name, String type, DnsOutcome outcome, String rcode, List<String> records,
                             long start, String detail) {
        return new DnsLookup(name, type, outcome, rcode, records, resolverName,
                (System.nanoTime() - start) / 1_000_000, detail);
    }

    static String strip(Name name) {
        String text = name.toString();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
