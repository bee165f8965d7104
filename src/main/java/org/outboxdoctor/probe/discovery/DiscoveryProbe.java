package org.outboxdoctor.probe.discovery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.login.MailboxRoute;
import org.outboxdoctor.probe.tls.TrustConfig;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.ProviderProfile;
import org.outboxdoctor.settings.Security;
import org.xbill.DNS.Type;

/**
 * Finds the outgoing servers an address should use: the provider profile, DNS SRV records (RFC 6186,
 * RFC 8314), and Mozilla autoconfig, asked at the same time.
 */
public final class DiscoveryProbe {
    private final DnsProbe dns;
    private final HttpsGet https;
    private final int autoconfigPort;
    private final Executor executor;

    /**
     * @param httpDialer connections to autoconfig web servers (not the mail provider, so a budget of their own)
     * @param autoconfigPort 443 outside tests
     */
    public DiscoveryProbe(DnsProbe dns, Dialer httpDialer, TrustConfig trust, int autoconfigPort, Executor executor) {
        this.dns = dns;
        this.https = new HttpsGet(httpDialer, trust);
        this.autoconfigPort = autoconfigPort;
        this.executor = executor;
    }

    /** The profile named, else the one whose MX suffix matches, else the default when MX gave no answer, else generic. */
    public static ProviderProfile chooseProfile(ProviderCatalog catalog, Optional<String> id, DnsLookup mx, StringBuilder reason) {
        if (id.isPresent()) {
            reason.append("chosen with --profile");
            return catalog.require(id.get());
        }
        List<String> mxHosts = mxHosts(mx);
        Optional<ProviderProfile> hosted = catalog.byMx(mxHosts);
        if (hosted.isPresent()) {
            reason.append("the domain's mail is handled by ").append(String.join(", ", mxHosts));
            return hosted.get();
        }
        if (mx == null || !mx.outcome().definitive()) {
            reason.append("the domain's MX could not be looked up");
            return catalog.require(ProviderCatalog.DEFAULT_ID);
        }
        reason.append(mxHosts.isEmpty() ? "the domain has no MX" : "no profile knows " + String.join(", ", mxHosts));
        return catalog.require(ProviderCatalog.GENERIC_ID);
    }

    public DiscoveryResult discover(EmailAddress address, String typedServer, ProviderProfile profile, String reason,
                                    Deadline deadline) {
        String domain = address.domain();
        CompletableFuture<DnsLookup> submission = dns.lookup("_submission._tcp." + domain, Type.SRV, deadline);
        CompletableFuture<DnsLookup> submissions = dns.lookup("_submissions._tcp." + domain, Type.SRV, deadline);
        String query = "?emailaddress=" + URLEncoder.encode(address.toString(), StandardCharsets.UTF_8);
        CompletableFuture<Found> autoconfig = CompletableFuture.supplyAsync(() -> autoconfig(address,
                "autoconfig." + domain, "/mail/config-v1.1.xml" + query, deadline), executor);
        CompletableFuture<Found> wellKnown = CompletableFuture.supplyAsync(() -> autoconfig(address,
                domain, "/.well-known/autoconfig/mail/config-v1.1.xml", deadline), executor);

        List<String> notes = new ArrayList<>();
        List<Candidate> known = new ArrayList<>();
        List<MailboxRoute> incoming = new ArrayList<>();
        boolean specific = !ProviderCatalog.GENERIC_ID.equals(profile.id());
        List<Candidate> fromProfile = profile.outgoingFor(address, typedServer).stream()
                .map(s -> new Candidate(s.host(), s.port(), s.securityMode(), "provider profile " + profile.name(), s.note()))
                .toList();
        if (specific) {
            known.addAll(fromProfile);
        }
        known.addAll(srv(submission.join(), Security.STARTTLS, notes));
        known.addAll(srv(submissions.join(), Security.TLS, notes));
        for (Found found : List.of(autoconfig.join(), wellKnown.join())) {
            notes.add(found.note());
            known.addAll(found.candidates());
            found.incoming().stream().filter(r -> incoming.stream().noneMatch(i -> i.key().equals(r.key())))
                    .forEach(incoming::add);
        }
        if (!specific) {
            known.addAll(fromProfile);
        }
        Map<String, Candidate> unique = new LinkedHashMap<>();
        for (Candidate c : known) {
            unique.putIfAbsent(c.host() + ":" + c.port(), c);
        }
        return new DiscoveryResult(profile, reason, List.copyOf(unique.values()), notes, incoming);
    }

    private static List<Candidate> srv(DnsLookup lookup, Security security, List<String> notes) {
        if (lookup.outcome() != DnsOutcome.ANSWER) {
            notes.add(SrvRecords.note(lookup, List.of()));
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (SrvRecords.Target r : SrvRecords.of(lookup)) {
            if (!r.offered()) {
                notes.add("DNS SRV " + lookup.name() + ": the domain says this service is not offered");
            } else {
                candidates.add(new Candidate(r.host(), r.port(), security, "DNS SRV " + lookup.name(), ""));
                notes.add("DNS SRV " + lookup.name() + ": " + r.host() + " port " + r.port());
            }
        }
        return candidates;
    }

    private Found autoconfig(EmailAddress address, String host, String path, Deadline deadline) {
        String where = "autoconfig https://" + host + path;
        Deadline shortDeadline = deadline.within(java.time.Duration.ofSeconds(3));
        HostResolution resolved = dns.resolveHost(host, shortDeadline);
        Optional<InetAddress> ip = resolved.preferred();
        if (ip.isEmpty()) {
            return new Found(List.of(), List.of(), where + ": " + (resolved.nonexistent() ? "no such host" : "no address"));
        }
        try {
            String xml = https.get(host, ip.get(), autoconfigPort, path, shortDeadline);
            List<Candidate> found = AutoconfigXml.outgoingServers(xml, address, "autoconfig " + host);
            List<MailboxRoute> incoming = AutoconfigXml.incomingServers(xml, address, "autoconfig " + host);
            return new Found(found, incoming, where + ": " + (found.isEmpty() ? "no outgoing server listed"
                    : String.join(", ", found.stream().map(c -> c.host() + ":" + c.port()).toList()))
                    + (incoming.isEmpty() ? "" : "; incoming " + String.join(", ",
                    incoming.stream().map(MailboxRoute::key).toList())));
        } catch (IOException | RuntimeException e) {
            return new Found(List.of(), List.of(), where + ": " + e.getMessage());
        }
    }

    private static List<String> mxHosts(DnsLookup mx) {
        if (mx == null || mx.outcome() != DnsOutcome.ANSWER) {
            return List.of();
        }
        List<String> hosts = new ArrayList<>();
        for (String record : mx.records()) {
            String[] parts = record.trim().split("\\s+");
            if (parts.length == 2) {
                hosts.add(strip(parts[1]));
            }
        }
        return hosts;
    }

    private static String strip(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private record Found(List<Candidate> candidates, List<MailboxRoute> incoming, String note) {
    }
}
