package org.outboxdoctor.practice;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.HostName;
import org.outboxdoctor.settings.Ports;
import org.outboxdoctor.settings.Security;

/**
 * Every practice scenario, read from {@code scenarios.json} next to this class (its words from
 * {@code scenarios.properties}, by id): data, not a class per scenario.
 * Adding a scenario is adding an entry there; the catalog checks it (known finding codes, standard ports only,
 * every DNS address on loopback) when it loads, so a broken entry fails the build's tests, not a trainee's session.
 */
public final class PracticeCatalog {
    static final String RESOURCE = "scenarios.json";
    /** The ports a practice world serves: the four outgoing ones and the four for reading mail. */
    static final List<Integer> STANDARD_PORTS = List.of(Ports.SMTP, Ports.SUBMISSIONS, Ports.SUBMISSION, Ports.ALTERNATIVE,
            Ports.IMAPS, Ports.IMAP, Ports.POP3S, Ports.POP3);
    private static final Set<String> RECORD_TYPES = Set.of("A", "AAAA", "CNAME", "MX", "TXT", "SRV");
    private static final Set<String> TLS_MODES = Set.of("none", "starttls", "implicit");

    private final List<PracticeScenario> scenarios;

    private PracticeCatalog(List<PracticeScenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** The scenarios shipped with the app, in the order the picker shows them. */
    public static PracticeCatalog load() {
        try (InputStream in = PracticeCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a catalog in the shape of {@code scenarios.json}. */
    static PracticeCatalog parse(Reader json) {
        return parse(json, ScenarioTexts.english());
    }

    /** Reads and checks a catalog whose scenarios' words are in {@code english} (tests give their own). */
    static PracticeCatalog parse(Reader json, ResourceBundle english) {
        try {
            List<PracticeScenario> scenarios = read(new Gson().fromJson(json, ScenarioData.CatalogFile.class), english);
            List<String> problems = ScenarioTexts.problems(english, scenarios.stream().map(PracticeScenario::id).toList());
            require(problems.isEmpty(), String.join("; ", problems));
            return new PracticeCatalog(scenarios);
        } catch (JsonParseException e) {
            throw new IllegalStateException(RESOURCE + " is not valid: " + e.getMessage(), e);
        }
    }

    public List<PracticeScenario> scenarios() {
        return scenarios;
    }

    public List<String> ids() {
        return scenarios.stream().map(PracticeScenario::id).toList();
    }

    /** The scenario with this id, ignoring case and surrounding blanks. */
    public Optional<PracticeScenario> find(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return scenarios.stream().filter(s -> s.id().equals(wanted)).findFirst();
    }

    // ---- reading and checking ----

    private static List<PracticeScenario> read(ScenarioData.CatalogFile file, ResourceBundle english) {
        require(file != null && file.base != null && file.scenarios != null && !file.scenarios.isEmpty(),
                "needs a \"base\" and a non-empty \"scenarios\" list");
        ScenarioData.Base base = file.base;
        require(base.address != null && base.password != null && base.wrongPassword != null && base.server != null
                && base.publicIp != null, "base needs address, password, wrongPassword, server and publicIp");
        require(!base.password.equals(base.wrongPassword), "base.wrongPassword must differ from base.password");
        EmailAddress.parse(base.address);
        require(HostName.isIpLiteral(base.publicIp), "base.publicIp must be an IP literal");
        checkRecords(base.dns, "base");
        List<PracticeScenario> scenarios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ScenarioData.Scenario s : file.scenarios) {
            require(s.id != null && s.id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "scenario id \"" + s.id + "\" must be lower-case words joined by -");
            require(ids.add(s.id), "scenario id \"" + s.id + "\" is used twice");
            List<String> missing = ScenarioTexts.problems(english, List.of(s.id)).stream()
                    .filter(p -> p.startsWith("scenario " + s.id + ":")).toList();
            require(missing.isEmpty(), String.join("; ", missing));
            scenarios.add(scenario(base, s, ScenarioTexts.text(english, s.id, "title"), ScenarioTexts.text(english, s.id, "teaches")));
        }
        return scenarios;
    }

    private static PracticeScenario scenario(ScenarioData.Base base, ScenarioData.Scenario s, String title, String teaches) {
        String where = "scenario " + s.id;
        require(notBlank(title) && !title.contains("\n"), where + ": needs a one-line title");
        require(notBlank(teaches), where + ": needs \"teaches\"");
        require(s.expected != null && s.expected.top != null, where + ": needs expected.top");
        FindingCode top = code(s.expected.top, where);
        List<FindingCode> also = new ArrayList<>();
        if (s.expected.also != null) {
            s.expected.also.forEach(c -> also.add(code(c, where)));
        }
        require(s.expected.exit != null && List.of(0, 1, 3).contains(s.expected.exit), where + ": expected.exit must be 0, 1 or 3");
        ScenarioData.World world = s.world == null ? new ScenarioData.World() : s.world;
        checkWorld(world, where);
        ScenarioData.MailProgram m = s.mailProgram == null ? new ScenarioData.MailProgram() : s.mailProgram;
        int port = m.port == null ? Ports.SUBMISSION : Ports.check(m.port);
        Security security = m.security == null ? Security.standardFor(port)
                : Security.parse(m.security).orElseThrow(() -> invalid(where + ": mailProgram.security \"" + m.security + "\""));
        require(m.password == null || m.password.equals("right") || m.password.equals("wrong"),
                where + ": mailProgram.password is \"right\" or \"wrong\"");
        String address = EmailAddress.parse(base.address).toString();
        PracticeScenario.MailProgram program = new PracticeScenario.MailProgram(address, address,
                m.server == null ? base.server : m.server.trim(), port, security, m.auth == null || m.auth,
                !"wrong".equals(m.password));
        return new PracticeScenario(s.id, title, teaches, top, also, s.expected.exit, program, base, world);
    }

    private static void checkWorld(ScenarioData.World w, String where) {
        Set<Integer> used = new HashSet<>();
        ports(w.greenmail, used, where + ": greenmail");
        if (w.greenmailCertificate != null) {
            require(PracticePki.LEAVES.contains(w.greenmailCertificate), where + ": unknown certificate " + w.greenmailCertificate);
        }
        if (w.scripted != null) {
            for (ScenarioData.Scripted s : w.scripted) {
                require(s.ports != null && !s.ports.isEmpty(), where + ": a scripted server needs ports");
                ports(s.ports, used, where + ": scripted");
                require(s.tls == null || TLS_MODES.contains(s.tls), where + ": scripted tls is none, starttls or implicit");
                require(s.certificate == null || PracticePki.LEAVES.contains(s.certificate),
                        where + ": unknown certificate " + s.certificate);
            }
        }
        ports(w.blackholed, used, where + ": blackholed");
        if (w.dns != null) {
            checkRecords(w.dns.records, where);
        }
        require(w.publicIp == null || HostName.isIpLiteral(w.publicIp), where + ": publicIp must be an IP literal");
        if (w.listed != null) {
            for (ScenarioData.Listing l : w.listed) {
                require(notBlank(l.zone) && l.answer != null && l.answer.startsWith("127."),
                        where + ": a listing needs a zone and a 127.x answer");
            }
        }
        if (w.attachment != null) {
            require(notBlank(w.attachment.name) && !w.attachment.name.contains("/") && !w.attachment.name.contains("\\")
                    && w.attachment.bytes != null && w.attachment.bytes > 0, where + ": attachment needs a plain name and bytes");
        }
        require(w.timeoutSeconds == null || (w.timeoutSeconds >= 2 && w.timeoutSeconds <= 60), where + ": timeoutSeconds 2..60");
    }

    private static void ports(List<Integer> ports, Set<Integer> used, String where) {
        if (ports == null) {
            return;
        }
        for (int port : ports) {
            require(STANDARD_PORTS.contains(port), where + ": " + port + " is not one of " + STANDARD_PORTS);
            require(used.add(port), where + ": port " + port + " is given twice");
        }
    }

    /** Every address a practice name points at is on loopback: nothing a check looks up can lead off this machine. */
    private static void checkRecords(List<ScenarioData.DnsRecord> records, String where) {
        if (records == null) {
            return;
        }
        for (ScenarioData.DnsRecord r : records) {
            require(notBlank(r.name) && r.type != null && r.value != null, where + ": a DNS record needs name, type, value");
            String type = r.type.toUpperCase(Locale.ROOT);
            require(RECORD_TYPES.contains(type), where + ": DNS type " + r.type + " is not one of " + RECORD_TYPES);
            if (type.equals("A")) {
                require(r.value.startsWith("127.") && HostName.isIpLiteral(r.value), where + ": " + r.name + " A " + r.value
                        + " is not on loopback (127.0.0.0/8)");
            }
            if (type.equals("AAAA")) {
                require(r.value.equals("::1"), where + ": " + r.name + " AAAA " + r.value + " is not ::1");
            }
        }
    }

    private static FindingCode code(String name, String where) {
        try {
            return FindingCode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw invalid(where + ": \"" + name + "\" is not a finding code");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw invalid(problem);
        }
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException(RESOURCE + ": " + problem);
    }
}
