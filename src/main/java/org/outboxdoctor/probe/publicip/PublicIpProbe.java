package org.outboxdoctor.probe.publicip;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.settings.HostName;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Type;

/**
 * Finds the public address without HTTP, by asking DNS servers that answer with the address the
 * question came from (protocol-facts.md section 4). The questions go straight to those servers, not
 * through a resolver, which would answer with its own address.
 */
public final class PublicIpProbe {
    /** The services; each is asked directly. */
    public static final List<Question> SERVICES = List.of(
            new Question("OpenDNS", "resolver1.opendns.com", "myip.opendns.com", Type.A, DClass.IN),
            new Question("OpenDNS (IPv6)", "resolver1.ipv6-sandbox.opendns.com", "myip.opendns.com", Type.AAAA, DClass.IN),
            new Question("Google", "ns1.google.com", "o-o.myaddr.l.google.com", Type.TXT, DClass.IN),
            new Question("Cloudflare", "1.1.1.1", "whoami.cloudflare", Type.TXT, DClass.CH));
    private static final Pattern EHLO_ADDRESS = Pattern.compile("\\[(?:IPv6:)?([0-9a-fA-F:.]+)\\]|\\(([0-9.]+)\\)\\)?\\s*$");

    private final DnsProbe resolver;
    private final Optional<String> whoamiServer;
    private final Duration timeout;

    /**
     * @param resolver resolves the services' names
     * @param whoamiServer HOST[:PORT] that answers every question instead of the public services (tests, special networks)
     */
    public PublicIpProbe(DnsProbe resolver, Optional<String> whoamiServer, Duration timeout) {
        this.resolver = resolver;
        this.whoamiServer = whoamiServer;
        this.timeout = timeout;
    }

    public PublicIpResult find(Deadline deadline) {
        List<CompletableFuture<IpObservation>> pending = new ArrayList<>();
        for (Question q : SERVICES) {
            pending.add(CompletableFuture.supplyAsync(() -> ask(q, deadline)).thenCompose(f -> f));
        }
        List<IpObservation> observations = pending.stream().map(CompletableFuture::join).toList();
        PublicIpResult result = new PublicIpResult(Optional.empty(), Optional.empty(), List.of(), false);
        for (IpObservation o : observations) {
            result = result.with(o);
        }
        return result;
    }

    private CompletableFuture<IpObservation> ask(Question q, Deadline deadline) {
        try {
            DnsProbe server = DnsProbe.using(serverFor(q, deadline), timeout);
            return server.lookup(q.name(), q.type(), q.dclass(), deadline).thenApply(lookup -> observe(q, lookup));
        } catch (UnknownHostException | IllegalStateException e) {
            // the service's server name did not resolve: its name is the detail, worded by the diagnosis
            return CompletableFuture.completedFuture(
                    IpObservation.missed(q.method(), IpObservation.Miss.UNREACHABLE, whoamiServer.orElse(q.server()), null));
        }
    }

    private String serverFor(Question q, Deadline deadline) throws UnknownHostException {
        if (whoamiServer.isPresent()) {
            return whoamiServer.get();
        }
        if (HostName.isIpLiteral(q.server())) {
            return q.server();
        }
        HostResolution resolved = resolver.resolveHost(q.server(), deadline);
        InetAddress address = resolved.addresses().stream().filter(a -> a.getAddress().length == 4).findFirst()
                .or(resolved::preferred)
                .orElseThrow(IllegalStateException::new);
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static IpObservation observe(Question q, DnsLookup lookup) {
        if (lookup.outcome() != DnsOutcome.ANSWER) {
            return IpObservation.missed(q.method(), IpObservation.Miss.NO_ANSWER, "", lookup);
        }
        for (String record : lookup.records()) {
            String candidate = record.replace("\"", "").trim();
            if (HostName.isIpLiteral(candidate)) {
                return IpObservation.service(q.method(), candidate);
            }
        }
        return IpObservation.missed(q.method(), IpObservation.Miss.NO_ADDRESS, "", lookup);
    }

    /** The client address some servers repeat in their EHLO reply ("… Hello [203.0.113.7]"). */
    public static Optional<String> fromEhlo(String firstEhloLine) {
        Matcher m = EHLO_ADDRESS.matcher(firstEhloLine);
        while (m.find()) {
            String ip = m.group(1) != null ? m.group(1) : m.group(2);
            if (ip != null && HostName.isIpLiteral(ip)) {
                return Optional.of(ip);
            }
        }
        return Optional.empty();
    }

    /** A question to a "what is my address" service. */
    public record Question(String method, String server, String name, int type, int dclass) {
    }
}
