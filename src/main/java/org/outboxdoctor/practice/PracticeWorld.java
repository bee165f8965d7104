package org.outboxdoctor.practice;

import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.PortMap;
import org.outboxdoctor.probe.dnsbl.DnsblCatalog;
import org.outboxdoctor.probe.dnsbl.DnsblProbe;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Secret;

/**
 * A running practice scenario: a pretend mail provider on this computer (a DNS server, GreenMail's SMTP, IMAP
 * and POP3, scripted SMTP servers, filtered and refused ports), all on 127.0.0.1 and on free ports only, and
 * everything a check needs to run against it exactly as against a real provider.
 *
 * <pre>{@code
 * try (PracticeWorld world = PracticeWorld.start(scenario);
 *      Secret password = Secret.of(world.typedPassword())) {
 *     CheckEvidence evidence = new Engine().run(world.request(password), progress);
 *     Diagnosis diagnosis = new Diagnoser().diagnose(evidence);
 *     ... show it, then scenario.teaches() and scenario.expectedTop() as "what this scenario was"
 * }
 * }</pre>
 *
 * <p>Nothing a check does with {@link #options()} leaves loopback: DNS, the "what is my address" questions and
 * every blocklist go to the world's DNS server, which never forwards and only knows loopback addresses; the
 * autoconfig port is a refused one; the trust store adds only the practice CA. Closing the world stops every
 * server, thread and port it opened and deletes its temporary files; the world may be checked any number of
 * times before that, with the scenario's settings or corrected ones ({@link #request(MailSettings, Secret)}).
 */
public final class PracticeWorld implements AutoCloseable {
    private static final Duration GREENMAIL_JOIN_BUDGET = Duration.ofSeconds(5);
    private static final char[] TRUST_STORE_PASSWORD = "changeit".toCharArray();

    private final PracticeScenario scenario;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<Integer, Integer> portMap = new LinkedHashMap<>();
    private final List<Integer> listening = new ArrayList<>();
    private final List<String> greenMailThreadPrefixes = new ArrayList<>();
    private final String publicIp;
    private final char[] accountPassword;
    private final char[] typedPassword;
    private Path directory;
    private Path attachment;
    private LoopbackDnsServer dns;
    private CheckOptions options;
    private long startupMillis;
    private volatile boolean closed;

    private PracticeWorld(PracticeScenario scenario) {
        this.scenario = scenario;
        ScenarioData.Base base = scenario.base();
        this.publicIp = scenario.world().publicIp != null ? scenario.world().publicIp : base.publicIp;
        this.accountPassword = base.password.toCharArray();
        this.typedPassword = (scenario.mailProgram().rightPassword() ? base.password : base.wrongPassword).toCharArray();
    }

    /** Starts the scenario's servers (on 127.0.0.1, free ports only); close the world to stop them. */
    public static PracticeWorld start(PracticeScenario scenario) {
        PracticeWorld world = new PracticeWorld(scenario);
        long start = System.nanoTime();
        try {
            world.build();
        } catch (RuntimeException | Error e) {
            world.close();
            throw e;
        }
        world.startupMillis = (System.nanoTime() - start) / 1_000_000;
        return world;
    }

    public PracticeScenario scenario() {
        return scenario;
    }

    /** The mail program's settings in this scenario, as a check takes them. */
    public MailSettings settings() {
        PracticeScenario.MailProgram m = scenario.mailProgram();
        return new MailSettings(EmailAddress.parse(m.address()), m.username(), m.server(), m.port(), m.security(), m.auth(),
                List.of());
    }

    /** A copy of the password typed in the scenario's mail program (maybe the wrong one); the caller wipes it. */
    public char[] typedPassword() {
        ensureOpen();
        return typedPassword.clone();
    }

    /** A copy of the account's real password, for a trainee who wants to try the fix; the caller wipes it. */
    public char[] accountPassword() {
        ensureOpen();
        return accountPassword.clone();
    }

    /** Every endpoint of a check pointed at this world: DNS, whoami, blocklists, trust, port map, autoconfig. */
    public CheckOptions options() {
        ensureOpen();
        return options;
    }

    /** A check of the scenario's own settings, as `check` would build it. */
    public CheckRequest request(Secret password) {
        return request(settings(), password);
    }

    /**
     * A check of any settings against this world, e.g. the recommended ones after the first run. The password
     * stays the caller's: close the {@link Secret} after the run.
     */
    public CheckRequest request(MailSettings settings, Secret password) {
        ensureOpen();
        // the engine declares the attachment's size from the options
        Account account = new Account(settings.address().toString(), settings.username(), password,
                Account.DEFAULT_RELAY_RECIPIENT, false);
        return new CheckRequest(settings, account, options);
    }

    /** The file the trainee wants to send, when the scenario has one (a sparse file: it takes no disk space). */
    public Optional<Path> attachmentPath() {
        return Optional.ofNullable(attachment);
    }

    /** The public address the world's "what is my address" services report. */
    public String publicIp() {
        return publicIp;
    }

    /** "127.0.0.1:PORT" of the world's DNS server. */
    public String dnsServer() {
        return dns.hostPort();
    }

    /** Where each standard port (25, 465, 587, 2525, 993, 143, 995, 110) really is on 127.0.0.1. */
    public Map<Integer, Integer> portMap() {
        return Map.copyOf(portMap);
    }

    /** Every 127.0.0.1 port the world listens on (TCP; the DNS port also for UDP), to prove they are freed. */
    public List<Integer> listeningPorts() {
        return List.copyOf(listening);
    }

    /** How long starting took. */
    public long startupMillis() {
        return startupMillis;
    }

    /** Stops every server and thread of the world and deletes its files; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ignored) {
                // close the rest regardless
            }
        }
        Secret.wipe(accountPassword);
        Secret.wipe(typedPassword);
        deleteDirectory();
    }

    // ---- building ----

    private void build() {
        ScenarioData.Base base = scenario.base();
        ScenarioData.World world = scenario.world();
        try {
            directory = Files.createTempDirectory("outbox-doctor-practice-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dns = LoopbackDnsServer.start();
        resources.add(dns);
        listening.add(dns.port());
        configureDns(base, world);

        int refused = RefusedPort.allocate();
        for (int port : PracticeCatalog.STANDARD_PORTS) {
            portMap.put(port, refused);
        }
        if (world.greenmail != null && !world.greenmail.isEmpty()) {
            startGreenMail(world.greenmail, world.greenmailCertificate == null ? "mail" : world.greenmailCertificate);
        }
        if (world.scripted != null) {
            for (ScenarioData.Scripted s : world.scripted) {
                ScriptedSmtpServer server = ScriptedSmtpServer.start(behaviour(s));
                resources.add(server);
                listening.add(server.port());
                s.ports.forEach(p -> portMap.put(p, server.port()));
            }
        }
        if (world.blackholed != null && !world.blackholed.isEmpty()) {
            BlackholePort hole = BlackholePort.open();
            resources.add(hole);
            listening.add(hole.port());
            world.blackholed.forEach(p -> portMap.put(p, hole.port()));
        }

        Path trust = PracticePki.writeTrustPem(directory.resolve("practice-ca.pem"));
        CheckOptions.Builder builder = CheckOptions.defaults().toBuilder()
                .dnsServer(dns.hostPort())
                .whoamiDns(dns.hostPort())
                .dnsblZones(blocklists(base))
                .trustStore(trust, TRUST_STORE_PASSWORD.clone())
                .portMap(new PortMap(portMap))
                .autoconfigPort(refused)
                .timeout(Duration.ofSeconds(world.timeoutSeconds != null ? world.timeoutSeconds
                        : base.timeoutSeconds != null ? base.timeoutSeconds : 8));
        if (world.attachment != null) {
            attachment = sparseFile(directory.resolve(world.attachment.name), world.attachment.bytes);
            builder.attachment(attachment);
        }
        options = builder.build();
    }

    private void configureDns(ScenarioData.Base base, ScenarioData.World world) {
        addRecords(base.dns);
        // the "what is my address" services, asked directly (--whoami-dns), answer with the world's public address
        if (publicIp.contains(":")) {
            dns.aaaa("myip.opendns.com", publicIp);
        } else {
            dns.a("myip.opendns.com", publicIp);
        }
        dns.txt("o-o.myaddr.l.google.com", publicIp);
        if (world.listed != null) {
            String reversed = DnsblProbe.reversed(publicIp);
            for (ScenarioData.Listing listing : world.listed) {
                String name = reversed + "." + listing.zone;
                dns.a(name, listing.answer);
                if (listing.reason != null) {
                    dns.txt(name, fill(listing.reason));
                }
            }
        }
        ScenarioData.Dns changes = world.dns;
        if (changes != null) {
            if (changes.remove != null) {
                changes.remove.forEach(dns::remove);
            }
            addRecords(changes.records);
            if (changes.drop != null) {
                changes.drop.forEach(dns::drop);
            }
            dns.dropEverything(Boolean.TRUE.equals(changes.offline));
        }
    }

    private void addRecords(List<ScenarioData.DnsRecord> records) {
        if (records == null) {
            return;
        }
        for (ScenarioData.DnsRecord r : records) {
            String value = fill(r.value);
            String[] words = value.trim().split("\\s+");
            switch (r.type.toUpperCase(java.util.Locale.ROOT)) {
                case "A" -> dns.a(r.name, value);
                case "AAAA" -> dns.aaaa(r.name, value);
                case "CNAME" -> dns.cname(r.name, value);
                case "MX" -> dns.mx(r.name, Integer.parseInt(words[0]), words[1]);
                case "TXT" -> dns.txt(r.name, value);
                case "SRV" -> dns.srv(r.name, Integer.parseInt(words[0]), Integer.parseInt(words[1]),
                        Integer.parseInt(words[2]), words[3]);
                default -> throw new IllegalStateException("DNS type " + r.type);
            }
        }
    }

    /** Every blocklist of the default list (or the base's), asked explicitly and answered by the world's DNS. */
    private static List<String> blocklists(ScenarioData.Base base) {
        if (base.blocklists != null && !base.blocklists.isEmpty()) {
            return base.blocklists;
        }
        return DnsblCatalog.load().defaults().stream().map(DnsblZone::zone).toList();
    }

    /**
     * GreenMail speaks the plain protocols only; its TLS ports are {@link TlsFront}s with a practice certificate.
     * It is started from a practice thread, so that its own threads belong to the practice thread group.
     */
    private void startGreenMail(List<Integer> ports, String certificate) {
        boolean smtp = ports.stream().anyMatch(p -> List.of(25, 465, 587, 2525).contains(p));
        boolean imap = ports.stream().anyMatch(p -> List.of(143, 993).contains(p));
        boolean pop3 = ports.stream().anyMatch(p -> List.of(110, 995).contains(p));
        List<ServerSetup> setups = new ArrayList<>();
        if (smtp) {
            setups.add(setup(ServerSetup.PROTOCOL_SMTP));
        }
        if (imap) {
            setups.add(setup(ServerSetup.PROTOCOL_IMAP));
        }
        if (pop3) {
            setups.add(setup(ServerSetup.PROTOCOL_POP3));
        }
        String address = scenario.mailProgram().address();
        String password = scenario.base().password;
        AtomicReference<GreenMail> started = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread starter = PracticeThreads.newThread("greenmail-start", () -> {
            try {
                GreenMail greenMail = new GreenMail(setups.toArray(ServerSetup[]::new));
                greenMail.start();
                started.set(greenMail);
                greenMail.setUser(address, address, password);
            } catch (RuntimeException | Error e) {
                failed.set(e);
            }
        });
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the practice mail servers", e);
        } finally {
            if (started.get() != null) {
                GreenMail greenMail = started.get();
                resources.add(() -> stopGreenMail(greenMail));
            }
        }
        if (failed.get() != null) {
            throw new IllegalStateException("the practice mail servers did not start: " + failed.get().getMessage(), failed.get());
        }
        GreenMail greenMail = started.get();
        for (int port : ports) {
            AbstractServer server = switch (port) {
                case 143, 993 -> greenMail.getImap();
                case 110, 995 -> greenMail.getPop3();
                default -> greenMail.getSmtp();
            };
            int physical = server.getPort();
            if (!listening.contains(physical)) {
                listening.add(physical);
                greenMailThreadPrefixes.add(server.getProtocol() + ":127.0.0.1:" + physical);
            }
            if (port == 465 || port == 993 || port == 995) {
                TlsFront front = TlsFront.start(PracticePki.serverContext(certificate), physical);
                resources.add(front);
                listening.add(front.port());
                physical = front.port();
            }
            portMap.put(port, physical);
        }
    }

    private static ServerSetup setup(String protocol) {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", protocol);
        setup.setServerStartupTimeout(10_000);
        return setup;
    }

    /** GreenMail closes its connections on stop but does not wait for their threads: this does. */
    private void stopGreenMail(GreenMail greenMail) {
        greenMail.stop();
        long deadline = System.nanoTime() + GREENMAIL_JOIN_BUDGET.toNanos();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            // GreenMail names its threads "imap:127.0.0.1:PORT" and "imap:127.0.0.1:PORT<-/127.0.0.1:CLIENTPORT"
            if (greenMailThreadPrefixes.stream().anyMatch(p -> t.getName().equals(p) || t.getName().startsWith(p + "<-"))) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                try {
                    t.join(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private SmtpBehaviour behaviour(ScenarioData.Scripted s) {
        String tls = s.tls == null ? "none" : s.tls;
        String certificate = s.certificate == null ? "mail" : s.certificate;
        String server = scenario.base().server;
        SmtpBehaviour.Builder b = SmtpBehaviour.builder()
                .greeting(fill(s.greeting != null ? s.greeting : "220 {server} ESMTP Postfix"))
                .ehloName(fill(s.ehloName != null ? s.ehloName : server))
                .localDomain(EmailAddress.parse(scenario.mailProgram().address()).domain())
                // a submission server with STARTTLS offers AUTH only once the connection is encrypted
                .authBeforeTls(s.authBeforeTls != null ? s.authBeforeTls : tls.equals("none"));
        switch (tls) {
            case "starttls" -> b.starttls(PracticePki.serverContext(certificate));
            case "implicit" -> b.implicitTls(PracticePki.serverContext(certificate));
            default -> { }
        }
        if (s.knowsAccount == null || s.knowsAccount) {
            b.user(scenario.mailProgram().address(), scenario.base().password);
        }
        if (s.connectReplyAndClose != null) {
            b.connectReplyAndClose(fill(s.connectReplyAndClose));
        }
        b.garbageGreeting(Boolean.TRUE.equals(s.garbageGreeting)).silent(Boolean.TRUE.equals(s.silent))
                .requireTlsForMail(Boolean.TRUE.equals(s.requireTlsForMail));
        if (s.size != null) {
            b.size(s.size);
        }
        if (s.authMechanisms != null) {
            b.authMechanisms(s.authMechanisms);
        }
        if (s.authReply != null) {
            b.authReply(fill(s.authReply));
        }
        if (s.unauthenticatedRcptReply != null) {
            b.unauthenticatedRcptReply(fill(s.unauthenticatedRcptReply));
        }
        if (s.mailFromReplyAuthenticated != null) {
            b.mailFromReplyAuthenticated(fill(s.mailFromReplyAuthenticated));
        }
        if (s.rcptReplyAuthenticated != null) {
            b.rcptReplyAuthenticated(fill(s.rcptReplyAuthenticated));
        }
        return b.build();
    }

    /** Replaces {server}, {domain}, {address} and {publicIp} in a reply text or record. */
    private String fill(String text) {
        String address = scenario.mailProgram().address();
        return text.replace("{server}", scenario.base().server)
                .replace("{domain}", EmailAddress.parse(address).domain())
                .replace("{address}", address)
                .replace("{publicIp}", publicIp);
    }

    private static Path sparseFile(Path file, long bytes) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteDirectory() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it up eventually
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the practice world " + scenario.id() + " is closed");
        }
    }

    @Override
    public String toString() {
        return "PracticeWorld[" + scenario.id() + (closed ? ", closed" : ", DNS " + dns.hostPort() + ", ports " + portMap) + "]";
    }
}
