package org.outboxdoctor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.outboxdoctor.diagnosis.Diagnoser;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.engine.Engine;
import org.outboxdoctor.engine.ProgressListener;
import org.outboxdoctor.engine.RunHistory;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.PortMap;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.report.CheckReport;
import org.outboxdoctor.report.ReportStamp;
import org.outboxdoctor.report.ReportTexts;
import org.outboxdoctor.settings.HostName;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Ports;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.ResolverAddress;
import org.outboxdoctor.settings.RawSettings;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.SettingsReader;
import org.outboxdoctor.settings.SignInMethod;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `outbox-doctor check`: the headless check for helpdesk scripts and tests (design.md contract). */
@Command(name = "check", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class CheckCommand implements Callable<Integer> {
    /** After the deadline: the engine's grace to collect what the probes found, and the time to print it. */
    private static final Duration RUN_GRACE = Duration.ofMillis(1000);
    /** However late the program started, the probes get at least this long. */
    private static final Duration MIN_RUN = Duration.ofSeconds(1);

    @Spec
    CommandSpec spec;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS")
    String email;

    @Option(names = "--username", paramLabel = "NAME")
    String username;

    @ArgGroup(exclusive = true)
    PasswordSource password;

    static final class PasswordSource {
        @Option(names = "--password-env", paramLabel = "VAR")
        String env;

        @Option(names = "--password-stdin")
        boolean stdin;

        @Option(names = "--oauth-token-env", paramLabel = "VAR")
        String tokenEnv;
    }

    @Option(names = "--from", paramLabel = "ADDRESS")
    String from;

    @Option(names = "--server", paramLabel = "HOST")
    String server;

    @Option(names = "--port", paramLabel = "N")
    Integer port;

    @Option(names = "--security", paramLabel = "none|starttls|tls")
    String security;

    @Option(names = "--no-auth")
    boolean noAuth;

    @Option(names = "--dns", paramLabel = "HOST[:PORT]")
    String dns;

    @Option(names = "--profile", paramLabel = "ID")
    String profile;

    @Option(names = "--attachment", paramLabel = "FILE")
    Path attachment;

    @Option(names = "--send-test")
    boolean sendTest;

    @Option(names = "--autoconfig-port", hidden = true, paramLabel = "PORT")
    Integer autoconfigPort;

    @Option(names = "--rerun-pause", paramLabel = "SECONDS")
    Integer rerunPause;

    @Option(names = "--today", hidden = true, paramLabel = "YYYY-MM-DD")
    String today;

    @Option(names = "--whoami-dns", paramLabel = "HOST[:PORT]")
    String whoamiDns;

    @Option(names = "--public-ip", paramLabel = "IP")
    String publicIp;

    @Option(names = "--dnsbl", paramLabel = "ZONE,...", split = ",")
    List<String> dnsbl;

    @Option(names = "--trust-store", paramLabel = "FILE")
    Path trustStore;

    @Option(names = "--trust-store-password-env", paramLabel = "VAR")
    String trustStorePasswordEnv;

    @Option(names = "--allow-plaintext-auth")
    boolean allowPlaintextAuth;

    @Option(names = "--timeout", paramLabel = "SECONDS")
    Integer timeoutSeconds;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--transcript")
    boolean transcript;

    @Option(names = "--export-settings", paramLabel = "DIR")
    Path exportSettings;

    @Option(names = "--port-map", hidden = true, split = ",", paramLabel = "PORT=REALPORT")
    Map<Integer, Integer> portMap = new HashMap<>();

    @Mixin
    CustomerInput customerInput = new CustomerInput();

    @Mixin
    LanguageOption lang = new LanguageOption();

    private final Map<String, String> environment;
    private final InputStream stdin;

    public CheckCommand(Map<String, String> environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Secret secret = readPassword()) {
            CheckRequest request = request(secret);
            long waited = politePause(request.settings().server(), err);
            request = startedLate(request);
            ProcessWatchdog.commandMustEndWithin(request.options().timeout().plus(RUN_GRACE), lang.locale());
            CheckReport report = run(request, secret, waited, lang.locale());
            out.print(json ? customerInput.json(report) + System.lineSeparator() : customerInput.text(report, transcript));
            out.flush();
            return SettingsExportOption.write(exportSettings, report, null, err, report.diagnosis().verdict().exitCode());
        } catch (InvalidSettingException e) {
            err.println(e.message(lang.locale()));
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** The time the program took to start (and the announced pause) is taken from the run's deadline. */
    private static CheckRequest startedLate(CheckRequest request) {
        Duration left = request.options().timeout().minus(ProcessWatchdog.startedAgo());
        Duration timeout = left.compareTo(MIN_RUN) < 0 ? MIN_RUN : left;
        return new CheckRequest(request.settings(), request.account(), request.options().withTimeout(timeout));
    }

    /** Checking the same server again right away looks like an attack to providers: wait, and say why. */
    private long politePause(String server, PrintWriter err) {
        long start = System.nanoTime();
        Duration pause = rerunPause != null ? Duration.ofSeconds(rerunPause)
                : Duration.ofSeconds(Long.getLong("outboxdoctor.rerunPauseSeconds", RunHistory.DEFAULT_PAUSE.toSeconds()));
        RunHistory history = RunHistory.forUser();
        Duration wait = history.waitBefore(server, pause);
        if (!wait.isZero()) {
            long seconds = (wait.toMillis() + 999) / 1000;
            err.println(ReportTexts.of(lang.locale()).format("cli.rerunWait", server, pause.toSeconds(), seconds));
            err.flush();
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        history.record(server);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One run: the engine, then the diagnosis, ready for either renderer. `practice run` runs exactly this too. */
    static CheckReport run(CheckRequest request, Secret secret, Locale language) {
        return run(request, secret, 0, language);
    }

    private static CheckReport run(CheckRequest request, Secret secret, long waitedMillis, Locale language) {
        CheckEvidence evidence = new Engine().run(request, ProgressListener.NONE).afterWaiting(waitedMillis);
        // the findings in the report's language; the JSON keeps its codes and keys whatever the language
        Diagnosis diagnosis = new Diagnoser(language).diagnose(evidence);
        Redactor redactor = new Redactor(request.account().username(), secret);
        return new CheckReport(evidence, diagnosis, redactor,
                ReportStamp.of(java.time.Clock.systemDefaultZone()).inLanguage(language));
    }

    CheckRequest request(Secret secret) {
        RawSettings raw = customerInput.fill(new RawSettings(email, username, server, port == null ? "" : String.valueOf(port),
                security, !noAuth, from), lang.locale());
        MailSettings settings = SettingsReader.read(raw, Optional.ofNullable(profile).map(id -> ProviderCatalog.load().require(id)));
        if (timeoutSeconds != null && (timeoutSeconds < 1 || timeoutSeconds > 300)) {
            throw InvalidSettingException.of("problem.cli.timeout");
        }
        if (rerunPause != null && (rerunPause < 0 || rerunPause > 3600)) {
            throw InvalidSettingException.of("problem.cli.rerunPause");
        }
        CheckOptions options = CheckOptions.defaults();
        if (dns != null) {
            options = options.withDns(ResolverAddress.parse("--dns", dns).hostPort());
        }
        if (timeoutSeconds != null) {
            options = options.withTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        if (trustStore != null) {
            options = options.withTrustStore(trustStore, trustStorePassword());
        }
        portMap.forEach((k, v) -> {
            Ports.check(k);
            Ports.check(v);
        });
        options = options.withPortMap(new PortMap(portMap));
        CheckOptions.Builder more = options.toBuilder();
        if (whoamiDns != null) {
            more.whoamiDns(ResolverAddress.parse("--whoami-dns", whoamiDns).hostPort());
        }
        if (publicIp != null) {
            if (!HostName.isIpLiteral(publicIp.trim())) {
                throw InvalidSettingException.of("problem.cli.publicIp", publicIp);
            }
            more.publicIp(publicIp.trim());
        }
        if (dnsbl != null) {
            more.dnsblZones(dnsbl);
        }
        if (profile != null) {
            more.profile(profile);
        }
        if (attachment != null) {
            if (!Files.isRegularFile(attachment) || !Files.isReadable(attachment)) {
                throw InvalidSettingException.of("problem.cli.attachment", attachment);
            }
            more.attachment(attachment);
        }
        if (autoconfigPort != null) {
            more.autoconfigPort(Ports.check(autoconfigPort));
        }
        if (today != null) {
            more.today(day(today));
        }
        SettingsExportOption.checkFolder(exportSettings, lang.locale());
        if (password == null && !noAuth) {
            throw InvalidSettingException.of("problem.cli.passwordNeeded");
        }
        options = more.sendTest(sendTest).build();
        Account account = new Account(settings.address().toString(), settings.username(), secret,
                Account.DEFAULT_RELAY_RECIPIENT, allowPlaintextAuth, 0, sendTest, settings.from().toString(),
                usesToken() ? SignInMethod.OAUTH_TOKEN : SignInMethod.PASSWORD, lang.locale());
        return new CheckRequest(settings, account, options);
    }

    private static java.time.LocalDate day(String text) {
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidSettingException.of("problem.cli.today", text);
        }
    }

    private char[] trustStorePassword() {
        if (trustStorePasswordEnv == null) {
            return "changeit".toCharArray();
        }
        String value = environment.get(trustStorePasswordEnv);
        if (value == null) {
            throw InvalidSettingException.of("problem.cli.envNotSet", trustStorePasswordEnv);
        }
        return value.toCharArray();
    }

    private boolean usesToken() {
        return password != null && password.tokenEnv != null;
    }

    private Secret readPassword() {
        if (password == null) {
            return Secret.none();
        }
        if (password.tokenEnv != null) {
            if (noAuth) {
                throw InvalidSettingException.of("problem.cli.tokenOrNoAuth");
            }
            return SecretInput.token(environment, password.tokenEnv);
        }
        if (password.env != null) {
            String value = environment.get(password.env);
            if (value == null) {
                throw InvalidSettingException.of("problem.cli.passwordEnvNotSet", password.env);
            }
            // in a C or POSIX locale (cron, systemd, containers) the JVM decodes the environment as ASCII, and a
            // password typed in UTF-8 arrives as U+FFFD: read the bytes the process was given instead
            return SecretInput.checked(value.indexOf('\uFFFD') >= 0
                    ? EnvironmentBytes.utf8(password.env).orElse(value.toCharArray()) : value.toCharArray());
        }
        return SecretInput.checked(SecretInput.readLine(stdin));
    }
}
