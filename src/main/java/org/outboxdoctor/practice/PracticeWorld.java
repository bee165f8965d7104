package org.outboxdoctor.practice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.PortMap;
import org.outboxdoctor.probe.dnsbl.DnsblCatalog;
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
    private static final char[] TRUST_STORE_PASSWORD = "changeit".toCharArray();

    private final PracticeScenario scenario;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<Integer, Integer> portMap = new LinkedHashMap<>();
    private final List<Integer> listening = new ArrayList<>();
    private final String publicIp;
    private final char[] accountPassword;
    private final char[] typedPassword;
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
    }

    // ---- building ----

    private void build() {
        ScenarioData.Base base = scenario.base();
        ScenarioData.World world = scenario.world();
        ScenarioText text = new ScenarioText(scenario, publicIp);
        // first added, last closed: the files go once every server has stopped
        PracticeFiles files = PracticeFiles.create();
        resources.add(files);
        dns = LoopbackDnsServer.start();
        resources.add(dns);
        listening.add(dns.port());
        new WorldDns(dns, text).load(base, world, publicIp);

        int refused = RefusedPort.allocate();
        for (int port : PracticeCatalog.STANDARD_PORTS) {
            portMap.put(port, refused);
        }
        if (world.greenmail != null && !world.greenmail.isEmpty()) {
            PracticeGreenMail greenMail = PracticeGreenMail.start(world.greenmail,
                    world.greenmailCertificate == null ? "mail" : world.greenmailCertificate,
                    scenario.mailProgram().address(), base.password);
            resources.add(greenMail);
            listening.addAll(greenMail.listeningPorts());
            portMap.putAll(greenMail.portMap());
        }
        if (world.scripted != null) {
            for (ScenarioData.Scripted s : world.scripted) {
                ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedBehaviours.from(s, scenario, text));
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

        CheckOptions.Builder builder = CheckOptions.defaults().toBuilder()
                .dnsServer(dns.hostPort())
                .whoamiDns(dns.hostPort())
                .dnsblZones(blocklists(base))
                .trustStore(files.trustPem(), TRUST_STORE_PASSWORD.clone())
                .portMap(new PortMap(portMap))
                .autoconfigPort(refused)
                .timeout(Duration.ofSeconds(world.timeoutSeconds != null ? world.timeoutSeconds
                        : base.timeoutSeconds != null ? base.timeoutSeconds : 8));
        if (world.attachment != null) {
            attachment = files.sparseFile(world.attachment.name, world.attachment.bytes);
            builder.attachment(attachment);
        }
        options = builder.build();
    }

    /** Every blocklist of the default list (or the base's), asked explicitly and answered by the world's DNS. */
    private static List<String> blocklists(ScenarioData.Base base) {
        if (base.blocklists != null && !base.blocklists.isEmpty()) {
            return base.blocklists;
        }
        return DnsblCatalog.load().defaults().stream().map(DnsblZone::zone).toList();
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
