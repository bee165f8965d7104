package org.outboxdoctor.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.practice.PracticeCatalog;
import org.outboxdoctor.practice.PracticeScenario;
import org.outboxdoctor.practice.PracticeWorld;
import org.outboxdoctor.probe.NetworkGuard;
import org.outboxdoctor.report.CheckReport;
import org.outboxdoctor.report.JsonReport;
import org.outboxdoctor.report.ReportTexts;
import org.outboxdoctor.report.TextReport;
import org.outboxdoctor.settings.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `outbox-doctor practice`: the built-in training ground. `list` shows the scenarios, `run NAME` starts one on
 * this computer and runs exactly the check `check` runs against it, with the same report and exit status.
 */
@Command(name = "practice", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {PracticeCommand.ListScenarios.class, PracticeCommand.RunScenario.class})
public final class PracticeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption lang = new LanguageOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        printList(out, lang.locale());
        out.println();
        out.println(ReportTexts.of(lang.locale()).format("practice.runOne"));
        out.flush();
        return ExitCodes.CAN_SEND;
    }

    static void printList(PrintWriter out, Locale language) {
        List<PracticeScenario> scenarios = PracticeCatalog.load().scenarios();
        int width = scenarios.stream().mapToInt(s -> s.id().length()).max().orElse(0);
        for (PracticeScenario s : scenarios) {
            out.println(String.format("%-" + width + "s  %s", s.id(), s.title(language)));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class)
    static final class ListScenarios implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            printList(out, lang.locale());
            out.flush();
            return ExitCodes.CAN_SEND;
        }
    }

    @Command(name = "run", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
            versionProvider = Version.class)
    static final class RunScenario implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--json")
        boolean json;

        @Option(names = "--transcript")
        boolean transcript;

        @Option(names = "--export-settings", paramLabel = "DIR")
        Path exportSettings;

        @Mixin
        LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<PracticeScenario> found = PracticeCatalog.load().find(name);
            if (found.isEmpty()) {
                err.println(ReportTexts.of(lang.locale()).format("practice.unknown", name));
                printList(err, lang.locale());
                err.flush();
                return ExitCodes.USAGE;
            }
            PracticeScenario scenario = found.get();
            if (!SettingsExportOption.usableFolder(exportSettings, lang.locale(), err)) {
                return ExitCodes.USAGE;
            }
            // the practice world only knows loopback addresses; the guard makes that a promise, not just a fact
            String guard = System.getProperty(NetworkGuard.PROPERTY);
            System.setProperty(NetworkGuard.PROPERTY, "true");
            try (PracticeWorld world = PracticeWorld.start(scenario);
                 Secret password = Secret.of(world.typedPassword())) {
                CheckReport report = CheckCommand.run(world.request(password).inLanguage(lang.locale()), password, lang.locale());
                out.print(json ? JsonReport.print(withPractice(JsonReport.tree(report), scenario, report, lang.locale()))
                        + System.lineSeparator()
                        : text(scenario, world, report));
                out.flush();
                return SettingsExportOption.write(exportSettings, report, scenario.id(), err,
                        report.diagnosis().verdict().exitCode());
            } finally {
                if (guard == null) {
                    System.clearProperty(NetworkGuard.PROPERTY);
                } else {
                    System.setProperty(NetworkGuard.PROPERTY, guard);
                }
            }
        }

        private String text(PracticeScenario scenario, PracticeWorld world, CheckReport report) {
            Locale language = lang.locale();
            ReportTexts t = ReportTexts.of(language);
            String nl = System.lineSeparator();
            StringBuilder text = new StringBuilder();
            text.append(t.format("practice.heading", scenario.id(), scenario.title(language))).append(nl);
            text.append(t.format("practice.pretend")).append(nl);
            world.attachmentPath().ifPresent(file -> text.append(t.format("practice.file", file.getFileName())).append(nl));
            text.append(nl);
            text.append(TextReport.render(report, transcript));
            text.append(nl).append(t.format("practice.whatItWas")).append(nl);
            for (String line : wrap(scenario.teaches(language), 96)) {
                text.append("  ").append(line).append(nl);
            }
            FindingCode top = report.diagnosis().top().map(Finding::code).orElse(null);
            text.append(nl).append("  ").append(top == scenario.expectedTop() ? t.format("practice.teaches", scenario.expectedTop())
                    : t.format("practice.teachesOther", scenario.expectedTop(), top)).append(nl);
            return text.toString();
        }
    }

    /** The check's JSON with a "practice" field right after "version": which scenario, what it teaches, what it expects. */
    static JsonObject withPractice(JsonObject report, PracticeScenario scenario, CheckReport run, Locale language) {
        JsonObject practice = new JsonObject();
        practice.addProperty("scenario", scenario.id());
        practice.addProperty("title", scenario.title(language));
        practice.addProperty("teaches", scenario.teaches(language));
        practice.addProperty("expected", scenario.expectedTop().name());
        JsonArray also = new JsonArray();
        scenario.alsoExpected().forEach(c -> also.add(c.name()));
        practice.add("alsoExpected", also);
        practice.addProperty("expectedExit", scenario.expectedExit());
        practice.addProperty("taught", scenario.isTaughtBy(run.diagnosis()));
        JsonObject root = new JsonObject();
        for (Map.Entry<String, com.google.gson.JsonElement> e : report.entrySet()) {
            root.add(e.getKey(), e.getValue());
            if (e.getKey().equals("version")) {
                root.add("practice", practice);
            }
        }
        return root;
    }

    /** Splits a paragraph into lines of at most {@code width} characters at spaces. */
    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
