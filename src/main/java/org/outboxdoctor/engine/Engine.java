package org.outboxdoctor.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.probe.ConnectionBudget;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.ProbeContext;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.discovery.Candidate;
import org.outboxdoctor.probe.discovery.DiscoveryProbe;
import org.outboxdoctor.probe.discovery.DiscoveryResult;
import org.outboxdoctor.probe.discovery.Spelling;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxLoginProbe;
import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import org.outboxdoctor.probe.smtp.MessageSize;
import org.outboxdoctor.probe.smtp.SmtpPortProbe;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpProbePlan;
import org.outboxdoctor.probe.tls.TrustConfig;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.ProviderProfile;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.settings.SettingsReader;
import org.xbill.DNS.Type;

/**
 * Runs one check: DNS first, then every SMTP port and the mailbox login in parallel, all under one
 * deadline and one connection budget. Cancel stops everything at once by closing every socket.
 */
public final class Engine {
    /** After the deadline, all probes together get this long to notice their sockets were closed. */
    static final java.time.Duration GRACE = java.time.Duration.ofMillis(500);

    private final Cancellation cancellation = new Cancellation();
    /** The deadline plus the one grace every late probe shares: no wait of this run goes past it. */
    private volatile Deadline handIn = Deadline.in(java.time.Duration.ofDays(1));

    /** Stops the run: every open connection is closed and no new one starts. Safe from any thread. */
    public void cancel() {
        cancellation.cancel();
    }

    public CheckEvidence run(CheckRequest request, ProgressListener progress) {
        long start = System.nanoTime();
        CheckOptions options = request.options();
        MailSettings settings = request.settings();
        // read before any connection: a file that cannot be read is bad input, and its size is declared with SIZE=
        long attachmentBytes = attachmentSize(options);
        Account account = attachmentBytes < 0 ? request.account()
                : request.account().declaring(MessageSize.onTheWire(attachmentBytes));
        Deadline deadline = Deadline.in(options.timeout());
        handIn = Deadline.in(options.timeout().plus(GRACE));
        ConnectionBudget budget = new ConnectionBudget(options.connectionLimit());
        TrustConfig trust = TrustConfig.load(options.trustStore(), options.trustStorePassword());
        Dialer dialer = new Dialer(budget, cancellation, options.connectTimeout());
        ProbeContext context = new ProbeContext(dialer, deadline, options.replyTimeout(), trust,
                new Redactor(request.account().username(), request.account().password()));
        DnsProbe dns = dnsProbe(options);
        ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
        MailboxLoginProbe loginProbe = null;
        try {
            progress.onProgress(new ProgressEvent.Started(ProbeId.SERVER_NAME));
            CompletableFuture<DnsLookup> mx = dns.lookup(settings.address().domain(), Type.MX, deadline);
            CompletableFuture<PublicIpResult> publicIp = CompletableFuture.supplyAsync(
                    () -> AddressChecks.publicIp(options, dns, deadline, progress), pool);
            CompletableFuture<List<DnsblResult>> blacklists = publicIp.thenApplyAsync(
                    ip -> AddressChecks.blacklists(ip.addresses(), options, dns, deadline, progress), pool);
            HostResolution server = dns.resolveHost(settings.server(), deadline);
            DnsLookup mxLookup = mx.join();
            progress.onProgress(new ProgressEvent.ServerNameFound(server));

            StringBuilder reason = new StringBuilder();
            ProviderProfile profile = DiscoveryProbe.chooseProfile(ProviderCatalog.load(), options.profile(), mxLookup, reason);
            // the provider is known now: its user-name rule may change a user name the user did not type
            MailSettings checked = SettingsReader.forProvider(settings, profile);
            Account login = checked.username().equals(account.username()) ? account : account.loggingInAs(checked.username());
            // autoconfig web servers are not the mail provider: they get a small budget of their own
            // (and count against the run's budget when one turns out to be a mail server too)
            Dialer webDialer = new Dialer(budget.side(2), cancellation, options.connectTimeout());
            CompletableFuture<DiscoveryResult> discovery = CompletableFuture.supplyAsync(() -> new DiscoveryProbe(dns,
                    webDialer, trust, options.autoconfigPort(), pool).discover(settings.address(), settings.server(), profile,
                    reason.toString(), deadline), pool);

            CheckTarget target = target(settings, server, discovery, dns, deadline);
            List<SmtpPortResult> ports = new ArrayList<>();
            List<LoginResult> logins = new ArrayList<>();
            List<SmtpPortResult> alternatives = new ArrayList<>();
            boolean finished = true;
            PoliteAuthGate gate = new PoliteAuthGate(PortPlan.authPriority(settings));
            AtomicInteger mailboxLogins = new AtomicInteger();
            SmtpPortProbe smtpProbe = new SmtpPortProbe(context, login, gate);
            loginProbe = new MailboxLoginProbe(context, login, options.sendTest());
            if (target != null && !cancellation.isCancelled()) {
                boolean usersHost = target.host().equals(settings.server());
                List<Future<SmtpPortResult>> smtp = new ArrayList<>();
                for (int port : PortPlan.portsToProbe(settings)) {
                    SmtpProbePlan plan = new SmtpProbePlan(endpoint(target.host(), target.address(), port, options),
                            PortPlan.securityFor(port, settings), usersHost && port == settings.port(), settings.security(), settings.auth());
                    progress.onProgress(new ProgressEvent.Started(new ProbeId.SmtpPort(port)));
                    smtp.add(pool.submit(() -> reported(progress, smtpProbe.run(plan))));
                }
                MailboxRoutes routes = MailboxRoutes.start(profile, settings.address(), target.host(), dns, deadline,
                        () -> await(discovery, deadline));
                MailboxLoginProbe mailboxProbe = loginProbe;
                Future<List<LoginResult>> mailbox = pool.submit(() ->
                        MailboxChecks.loginChain(mailboxProbe, routes, target, dns, deadline, options, progress, mailboxLogins));
                finished = awaitAll(deadline, smtp, mailbox, ports, logins);
                if (ports.stream().noneMatch(SmtpPortResult::canSend) && !deadline.expired() && !cancellation.isCancelled()) {
                    alternative(settings, target, await(discovery, deadline), dns, deadline, options, smtpProbe, ports)
                            .ifPresent(alternatives::add);
                }
            }
            // the inbox search runs on the pool like every probe, so the deadline ends it even against a server
            // that answers one byte at a time (each byte would restart a read timeout)
            MailboxLoginProbe searchProbe = loginProbe;
            CompletableFuture<Optional<Delivery>> search = CompletableFuture.supplyAsync(() ->
                    MailboxChecks.confirmDelivery(ports, alternatives, searchProbe), pool);
            Optional<Delivery> delivery = await(search, deadline, Optional.of(new Delivery(Delivery.Seen.OUT_OF_TIME, "",
                    List.of(), 0)));
            PublicIpResult ip = AddressChecks.withEhloEcho(await(publicIp, deadline, PublicIpResult.none()), ports);
            List<DnsblResult> listed = await(blacklists, deadline, List.of());
            if (listed.isEmpty() && !ip.addresses().isEmpty() && !deadline.expired()) {
                listed = AddressChecks.blacklists(ip.addresses(), options, dns, deadline, progress);
            }
            DiscoveryResult discovered = await(discovery, deadline,
                    new DiscoveryResult(profile, reason.toString(), List.of(), List.of("discovery did not finish in time")));
            return CheckEvidence.builder(checked).server(server).mx(mxLookup).discovery(discovered)
                    .checkedHost(target == null ? "" : target.host()).ports(ports).alternatives(alternatives).logins(logins)
                    .counts(budget.used(), gate.attempts(), mailboxLogins.get()).publicIp(ip).blacklists(listed)
                    .attachmentBytes(attachmentBytes).delivery(delivery.orElse(null)).elapsedMillis(Dialer.millisSince(start))
                    .ended(finished, cancellation.isCancelled()).checkedOn(options.today()).signIn(account.signIn())
                    .build();
        } finally {
            if (loginProbe != null) {
                loginProbe.close();
            }
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    /**
     * The host to check: the one the user typed, or when it does not resolve, the closest known outgoing
     * server (a corrected typo, then the provider's), so the report can still say what works.
     */
    private CheckTarget target(MailSettings settings, HostResolution server, CompletableFuture<DiscoveryResult> discovery,
                          DnsProbe dns, Deadline deadline) {
        if (server.preferred().isPresent()) {
            return new CheckTarget(settings.server(), server.preferred().get());
        }
        if (server.timedOut() || cancellation.isCancelled()) {
            return null;
        }
        DiscoveryResult found = await(discovery, deadline);
        if (found == null) {
            return null;
        }
        List<String> known = found.knownHosts(settings.address().domain(), settings.server());
        List<String> order = new ArrayList<>();
        Spelling.closest(settings.server(), known).ifPresent(order::add);
        order.addAll(known);
        for (String host : order) {
            Optional<InetAddress> address = dns.resolveHost(host, deadline).preferred();
            if (address.isPresent()) {
                return new CheckTarget(host, address.get());
            }
        }
        return null;
    }

    /**
     * When nothing on the user's server could send, one try of the provider's own outgoing server; but not of a name
     * that leads to the same address when every port there was filtered: it would only wait the same wait again.
     */
    private Optional<SmtpPortResult> alternative(MailSettings settings, CheckTarget target, DiscoveryResult discovery, DnsProbe dns,
                                                 Deadline deadline, CheckOptions options, SmtpPortProbe probe,
                                                 List<SmtpPortResult> ports) {
        if (discovery == null) {
            return Optional.empty();
        }
        boolean everyPortFiltered = !ports.isEmpty() && ports.stream().allMatch(p -> p.failure() != null
                && p.failure().kind() == org.outboxdoctor.probe.FailureKind.FILTERED);
        for (Candidate c : discovery.candidates()) {
            if (c.host().equals(target.host()) || c.security() == Security.NONE) {
                continue;
            }
            Optional<InetAddress> address = dns.resolveHost(c.host(), deadline).preferred();
            if (address.isPresent() && everyPortFiltered && address.get().equals(target.address())) {
                continue;
            }
            if (address.isPresent()) {
                SmtpProbePlan plan = new SmtpProbePlan(endpoint(c.host(), address.get(), c.port(), options), c.security(),
                        false, settings.security(), settings.auth());
                return Optional.of(probe.run(plan));
            }
        }
        return Optional.empty();
    }


    private static long attachmentSize(CheckOptions options) {
        return options.attachment().map(path -> {
            try {
                return java.nio.file.Files.size(path);
            } catch (java.io.IOException e) {
                throw org.outboxdoctor.settings.InvalidSettingException.of("problem.cli.attachment", path);
            }
        }).orElse(-1L);
    }




    private <T> T await(CompletableFuture<T> future, Deadline deadline, T fallback) {
        T value = await(future, deadline);
        return value == null ? fallback : value;
    }

    private boolean awaitAll(Deadline deadline, List<Future<SmtpPortResult>> smtp, Future<List<LoginResult>> mailbox,
                             List<SmtpPortResult> ports, List<LoginResult> logins) {
        boolean finished = true;
        for (Future<SmtpPortResult> f : smtp) {
            SmtpPortResult r = await(f, deadline);
            if (r == null) {
                finished = false;
            } else {
                ports.add(r);
            }
        }
        List<LoginResult> l = await(mailbox, deadline);
        if (l == null) {
            finished = false;
        } else {
            logins.addAll(l);
        }
        return finished && !cancellation.isCancelled();
    }

    /** Waits until the deadline; then cancels the run and gives the probe a moment to hand in what it has. */
    private <T> T await(Future<T> future, Deadline deadline) {
        try {
            return future.get(deadline.remaining().toMillis() + 1, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancellation.cancel();
            try {
                return future.get(handIn.cap(GRACE), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stillStuck) {
                future.cancel(true);
                return null;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
        } catch (ExecutionException e) {
            // probes turn what servers do into evidence; this is a fault of ours, and it costs one probe, not the run
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            return null;
        }
    }


    private static SmtpPortResult reported(ProgressListener progress, SmtpPortResult result) {
        progress.onProgress(new ProgressEvent.PortChecked(result));
        return result;
    }

    static Endpoint endpoint(String host, InetAddress address, int port, CheckOptions options) {
        return new Endpoint(host, address, port, options.portMap().physicalPort(port));
    }

    private static DnsProbe dnsProbe(CheckOptions options) {
        if (options.dnsServer().isEmpty()) {
            return DnsProbe.system(options.dnsTimeout());
        }
        try {
            return DnsProbe.using(options.dnsServer().get(), options.dnsTimeout());
        } catch (UnknownHostException | NumberFormatException e) {
            throw org.outboxdoctor.settings.InvalidSettingException.of("problem.dns.server", options.dnsServer().get());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "outbox-doctor-probe-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Probe threads are daemons: one a library keeps blocked is left behind rather than holding up the report. */
    private void awaitTermination(ExecutorService pool) {
        try {
            pool.awaitTermination(Math.min(200, handIn.cap(GRACE)), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
