package org.outboxdoctor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.discovery.DiscoveryResult;
import org.outboxdoctor.probe.discovery.SrvRecords;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.login.MailboxRoute;
import org.outboxdoctor.probe.login.MailboxSource;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.ProviderProfile;
import org.outboxdoctor.settings.Security;
import org.xbill.DNS.Type;

/**
 * The servers that may read this address's mail, most trustworthy first: the provider profile, DNS SRV (RFC 6186),
 * autoconfig's incomingServer, then the server the user typed and (when no profile knows the provider)
 * imap.&lt;domain&gt; / mail.&lt;domain&gt;, port by port. The DNS and autoconfig answers are asked for at once, in parallel with the rest of the check, and waited for
 * only when the servers before them did not answer the login.
 */
final class MailboxRoutes implements Iterable<MailboxRoute> {
    /** RFC 6186's services, in RFC 8314's order: implicit TLS first, IMAP before POP3. */
    private static final List<Service> SERVICES = List.of(new Service("_imaps._tcp.", MailboxProtocol.IMAP, Security.TLS),
            new Service("_imap._tcp.", MailboxProtocol.IMAP, Security.STARTTLS),
            new Service("_pop3s._tcp.", MailboxProtocol.POP3, Security.TLS),
            new Service("_pop3._tcp.", MailboxProtocol.POP3, Security.STARTTLS));
    /** The standard ports a name nobody vouched for is tried on, in the same order. */
    private static final List<MailboxRoute> STANDARD = List.of(route(MailboxProtocol.IMAP, 993, Security.TLS),
            route(MailboxProtocol.IMAP, 143, Security.STARTTLS), route(MailboxProtocol.POP3, 995, Security.TLS),
            route(MailboxProtocol.POP3, 110, Security.STARTTLS));
    private static final List<String> GUESSES = List.of("imap.", "mail.");

    private final List<Supplier<List<MailboxRoute>>> batches;

    private MailboxRoutes(List<Supplier<List<MailboxRoute>>> batches) {
        this.batches = batches;
    }

    /**
     * Starts the SRV lookups now.
     *
     * @param checkedHost the outgoing server the run checks, for a profile's "{server}"
     * @param discovery waits (within the run's deadline) for the autoconfig answers, or gives null
     */
    static MailboxRoutes start(ProviderProfile profile, EmailAddress address, String checkedHost, DnsProbe dns,
                               Deadline deadline, Supplier<DiscoveryResult> discovery) {
        String domain = address.domain();
        List<CompletableFuture<DnsLookup>> srv = SERVICES.stream()
                .map(s -> dns.lookup(s.prefix() + domain, Type.SRV, deadline)).toList();
        List<MailboxRoute> fromProfile = new ArrayList<>();
        List<MailboxRoute> typed = new ArrayList<>();
        List<ProviderProfile.Server> expanded = profile.incomingFor(address, checkedHost);
        for (int i = 0; i < expanded.size(); i++) {
            ProviderProfile.Server s = expanded.get(i);
            MailboxProtocol protocol = "pop3".equals(s.protocol()) ? MailboxProtocol.POP3 : MailboxProtocol.IMAP;
            // "{server}" is the user's own outgoing server, not the provider's word on where mail is read
            boolean users = profile.incoming().get(i).host().contains("{server}");
            (users ? typed : fromProfile).add(new MailboxRoute(protocol, s.host(), s.port(), s.securityMode(),
                    users ? MailboxSource.USER : MailboxSource.PROFILE,
                    users ? "" : "provider profile " + profile.name()));
        }
        boolean specific = !ProviderCatalog.GENERIC_ID.equals(profile.id());
        List<Supplier<List<MailboxRoute>>> batches = new ArrayList<>();
        if (specific) {
            batches.add(() -> fromProfile);
        }
        batches.add(() -> srvRoutes(srv));
        batches.add(() -> {
            DiscoveryResult found = discovery.get();
            return found == null ? List.of() : found.incoming();
        });
        // a known provider's own word beats a usual name: imap.<custom domain> is seldom Google's or Microsoft's
        batches.add(() -> nameless(typed, specific ? List.of() : GUESSES, domain));
        return new MailboxRoutes(batches);
    }

    @Override
    public Iterator<MailboxRoute> iterator() {
        return new Iterator<>() {
            private final Set<String> given = new LinkedHashSet<>();
            private int batch;
            private Iterator<MailboxRoute> current = List.<MailboxRoute>of().iterator();
            private MailboxRoute next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (current.hasNext()) {
                        MailboxRoute r = current.next();
                        next = given.add(r.key()) ? r : null;
                    } else if (batch < batches.size()) {
                        current = batches.get(batch++).get().iterator();
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public MailboxRoute next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                MailboxRoute r = next;
                next = null;
                return r;
            }
        };
    }

    private static List<MailboxRoute> srvRoutes(List<CompletableFuture<DnsLookup>> lookups) {
        List<MailboxRoute> routes = new ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            Service service = SERVICES.get(i);
            DnsLookup lookup = lookups.get(i).join();
            for (SrvRecords.Target t : SrvRecords.of(lookup)) {
                if (t.offered()) {
                    routes.add(new MailboxRoute(service.protocol(), t.host(), t.port(), service.security(), MailboxSource.SRV,
                            "DNS SRV " + lookup.name()));
                }
            }
        }
        return routes;
    }

    /** The typed server's routes and the usual names' standard ports, port by port: 993 everywhere before 143. */
    private static List<MailboxRoute> nameless(List<MailboxRoute> typed, List<String> guesses, String domain) {
        List<MailboxRoute> routes = new ArrayList<>(typed);
        for (String prefix : guesses) {
            for (MailboxRoute port : STANDARD) {
                routes.add(new MailboxRoute(port.protocol(), prefix + domain, port.port(), port.security(), MailboxSource.GUESS,
                        "the usual name " + prefix + domain));
            }
        }
        routes.sort(Comparator.comparingInt(MailboxRoutes::portRank));
        return routes;
    }

    private static int portRank(MailboxRoute route) {
        for (int i = 0; i < STANDARD.size(); i++) {
            if (STANDARD.get(i).port() == route.port()) {
                return i;
            }
        }
        return -1;
    }

    private static MailboxRoute route(MailboxProtocol protocol, int port, Security security) {
        return new MailboxRoute(protocol, "", port, security, MailboxSource.GUESS, "");
    }

    private record Service(String prefix, MailboxProtocol protocol, Security security) {
    }
}
