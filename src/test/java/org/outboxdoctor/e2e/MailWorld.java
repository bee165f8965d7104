package org.outboxdoctor.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.outboxdoctor.cli.OutboxDoctorCli;
import org.outboxdoctor.practice.BlackholePort;
import org.outboxdoctor.practice.LoopbackDnsServer;
import org.outboxdoctor.practice.RefusedPort;
import org.outboxdoctor.practice.ScriptedSmtpServer;
import org.outboxdoctor.practice.SmtpBehaviour;
import org.outboxdoctor.testing.TestPki;

/**
 * A pretend mail provider on loopback: DNS names for example.test, real GreenMail servers and
 * scripted SMTP servers behind the standard ports, and the `check` command pointed at all of it.
 * Ports nobody set up refuse connections, so nothing ever leaves the machine.
 */
public final class MailWorld implements AutoCloseable {
    public static final String ADDRESS = "alice@example.test";
    public static final String PASSWORD = "Open sesame & 42!";
    /** An access token shaped like Google's (RFC 6750 b64token characters). */
    public static final String TOKEN = "ya29.a0AfB_byC7Qm-TestToken.Zx9~Kp4/Wn+Lr8Qv2Ys5Tu1Oi3Ea6==";
    public static final String SERVER = "mail.example.test";
    static final int[] ALL_PORTS = {25, 465, 587, 2525, 993, 143, 995, 110};

    public final LoopbackDnsServer dns = LoopbackDnsServer.start();
    private final Map<Integer, Integer> ports = new LinkedHashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final int refused = RefusedPort.allocate();
    private final Path trustStore;
    private GreenMail greenMail;

    public MailWorld() {
        dns.a(SERVER, "127.0.0.1").mx("example.test", 10, SERVER);
        try {
            trustStore = Files.createTempFile("outbox-doctor-ca-", ".pem");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestPki.shared().writeCaPem(trustStore);
        for (int port : ALL_PORTS) {
            ports.put(port, refused);
        }
    }

    /** Real SMTP, SMTPS, IMAP, IMAPS, POP3 and POP3S servers that know alice with {@link #PASSWORD}. */
    public GreenMail greenMail() {
        if (greenMail == null) {
            TestPki.ensureGreenMailUsesSharedLeaf();
            ServerSetup[] setups = ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.SMTPS,
                    ServerSetupTest.IMAP, ServerSetupTest.IMAPS, ServerSetupTest.POP3, ServerSetupTest.POP3S});
            greenMail = new GreenMail(setups);
            greenMail.start();
            greenMail.setUser(ADDRESS, ADDRESS, PASSWORD);
            resources.add(greenMail::stop);
        }
        return greenMail;
    }

    /** GreenMail's implicit-TLS SMTP on 465 and IMAPS on 993: a healthy provider. */
    public MailWorld healthyGreenMail() {
        GreenMail g = greenMail();
        map(465, g.getSmtps().getPort());
        map(993, g.getImaps().getPort());
        return this;
    }

    public MailWorld greenMailImaps() {
        map(993, greenMail().getImaps().getPort());
        return this;
    }

    /**
     * IMAPS on {@code loopbackAddress} with a certificate for {@code name} only, in front of GreenMail's IMAP (which
     * knows alice): it logs the connections and logins it saw.
     */
    CountingTlsFront imaps(String loopbackAddress, String name) {
        CountingTlsFront front = CountingTlsFront.start(loopbackAddress, TestPki.shared().issue(name, name).serverContext(),
                greenMail().getImap().getPort(), CountingTlsFront.IMAP_LOGIN);
        resources.add(front);
        return front;
    }

    /** A STARTTLS server that knows alice, with a certificate for mail.example.test alone (no imap. name on it). */
    public static SmtpBehaviour.Builder startTlsServerForMailOnly() {
        return startTlsServer().starttls(TestPki.shared().issue("mail.example.test", "mail.example.test").serverContext());
    }

    public ScriptedSmtpServer scripted(SmtpBehaviour behaviour, int... standardPorts) {
        ScriptedSmtpServer server = ScriptedSmtpServer.start(behaviour);
        resources.add(server);
        for (int port : standardPorts) {
            map(port, server.port());
        }
        return server;
    }

    /** A STARTTLS server with the shared test certificate that knows alice. */
    public static SmtpBehaviour.Builder startTlsServer() {
        return SmtpBehaviour.builder().starttls(TestPki.sharedMailLeaf().serverContext()).authBeforeTls(false)
                .user(ADDRESS, PASSWORD);
    }

    public BlackholePort blackhole(int... standardPorts) {
        BlackholePort hole = BlackholePort.open();
        resources.add(hole);
        for (int port : standardPorts) {
            map(port, hole.port());
        }
        return hole;
    }

    public MailWorld map(int standardPort, int realPort) {
        ports.put(standardPort, realPort);
        return this;
    }

    /** Runs `check` with the world's DNS, trust store and ports; the password comes from the environment. */
    public CliRun check(String... args) {
        return checkWithPassword(PASSWORD, args);
    }

    /** The arguments every `check` against this world starts with (for tests that run it as a process). */
    public List<String> checkArguments() {
        return new ArrayList<>(List.of("check", "--email", ADDRESS, "--dns", dns.hostPort(),
                "--whoami-dns", dns.hostPort(), "--trust-store", trustStore.toString(), "--port-map", portMap()));
    }

    /** Runs `check` signing in with an OAuth token from the environment ({@code --oauth-token-env OD_TOKEN}). */
    public CliRun checkWithToken(String token, String... args) {
        List<String> all = checkArguments();
        all.addAll(List.of("--oauth-token-env", "OD_TOKEN"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OutboxDoctorCli.run(all.toArray(String[]::new), Map.of("OD_TOKEN", token),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    public CliRun checkWithPassword(String password, String... args) {
        List<String> all = checkArguments();
        if (password != null) {
            all.addAll(List.of("--password-env", "OD_PASSWORD"));
        }
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OutboxDoctorCli.run(all.toArray(String[]::new),
                password == null ? Map.of() : Map.of("OD_PASSWORD", password),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The same run as {@link #check}, for driving the engine directly. */
    public org.outboxdoctor.engine.CheckRequest request(int port, org.outboxdoctor.settings.Security security, java.time.Duration timeout) {
        var address = org.outboxdoctor.settings.EmailAddress.parse(ADDRESS);
        var settings = new org.outboxdoctor.settings.MailSettings(address, ADDRESS, SERVER, port, security, true, List.of());
        var options = org.outboxdoctor.engine.CheckOptions.defaults().toBuilder().dnsServer(dns.hostPort())
                .whoamiDns(dns.hostPort()).timeout(timeout).trustStore(trustStore, "changeit".toCharArray())
                .portMap(new org.outboxdoctor.probe.PortMap(ports)).build();
        var account = new org.outboxdoctor.probe.Account(ADDRESS, ADDRESS,
                org.outboxdoctor.settings.Secret.of(PASSWORD.toCharArray()),
                org.outboxdoctor.probe.Account.DEFAULT_RELAY_RECIPIENT, false);
        return new org.outboxdoctor.engine.CheckRequest(settings, account, options);
    }

    private String portMap() {
        StringJoiner map = new StringJoiner(",");
        ports.forEach((k, v) -> map.add(k + "=" + v));
        return map.toString();
    }

    @Override
    public void close() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        dns.close();
        Files.deleteIfExists(trustStore);
    }
}
