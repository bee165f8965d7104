package org.outboxdoctor.cli;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.outboxdoctor.explain.ErrorComparison;
import org.outboxdoctor.explain.ExplainTexts;
import org.outboxdoctor.explain.Explainer;
import org.outboxdoctor.explain.Explanation;
import org.outboxdoctor.explain.SendingSettings;
import org.outboxdoctor.mailprograms.CommandRunner;
import org.outboxdoctor.mailprograms.FoundAccount;
import org.outboxdoctor.mailprograms.HostOs;
import org.outboxdoctor.mailprograms.MailPrograms;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.report.CheckReport;
import org.outboxdoctor.report.JsonReport;
import org.outboxdoctor.report.ReportTexts;
import org.outboxdoctor.report.TextReport;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.RawSettings;
import org.outboxdoctor.settings.Security;
import picocli.CommandLine.Option;

/**
 * What the customer brings to {@code check} besides flags: the error message their mail program showed
 * ({@code --error-text}) and the account set up in a mail program on this computer ({@code --from-mailprogram}).
 * Both only fill settings no flag gave (flags, then the mail program's account, then the message); the message is
 * also held against the diagnosis, and the report says whether the check saw the same.
 */
public final class CustomerInput {
    /** Runs no program at all: a test home has no registry and no Mail to ask. */
    private static final CommandRunner NO_PROGRAMS = (command, timeout, maxChars) ->
            new CommandRunner.Result(1, "", false, false);

    @Option(names = "--error-text", paramLabel = "TEXT")
    String errorText;

    @Option(names = "--from-mailprogram", paramLabel = "ADDRESS")
    String fromMailProgram;

    @Option(names = "--mailprograms-home", hidden = true, paramLabel = "DIR")
    Path mailProgramsHome;

    private Optional<Explanation> explanation = Optional.empty();

    /**
     * The settings with the blanks the flags left filled from the mail program's account, then from the message.
     *
     * @throws InvalidSettingException for an empty or too long message, or an address no mail program has
     */
    RawSettings fill(RawSettings flags, Locale language) {
        RawSettings raw = flags;
        if (fromMailProgram != null) {
            raw = withAccount(raw, account(fromMailProgram.strip()));
        }
        if (errorText != null) {
            explanation = Optional.of(explain(errorText, language));
            raw = withMessage(raw, SendingSettings.of(explanation.get()));
        }
        return raw;
    }

    /** The text report, with what the error message meant and whether the check saw it after the result. */
    String text(CheckReport report, boolean transcripts) {
        String rendered = TextReport.render(report, transcripts);
        if (explanation.isEmpty()) {
            return rendered;
        }
        Explanation e = explanation.get();
        Locale language = report.stamp().locale();
        ExplainTexts texts = ExplainTexts.of(language);
        ReportTexts words = ReportTexts.of(language);
        String nl = System.lineSeparator();
        String means = e.recognised() ? words.format("cli.errorText.means", texts.programName(e.program()), e.meaning())
                : words.format("cli.errorText.means.unknown", e.meaning());
        String block = report.redactor().redact(means + nl
                + words.format("cli.errorText.compared", ErrorComparison.of(e, report.diagnosis()).sentence(texts))) + nl;
        int result = rendered.indexOf(nl + words.format("report.result") + " ");
        int after = result < 0 ? -1 : rendered.indexOf(nl, result + nl.length());
        return after < 0 ? rendered + nl + block : rendered.substring(0, after + nl.length()) + block + rendered.substring(after + nl.length());
    }

    /** check's JSON object; with --error-text, one more field "errorText" (command-line.md). */
    String json(CheckReport report) {
        if (explanation.isEmpty()) {
            return JsonReport.render(report);
        }
        Explanation e = explanation.get();
        ErrorComparison comparison = ErrorComparison.of(e, report.diagnosis());
        JsonObject field = new JsonObject();
        field.addProperty("program", e.program().id());
        field.addProperty("entry", e.entry());
        field.addProperty("meaning", e.meaning());
        field.addProperty("finding", e.finding().orElse(null));
        field.addProperty("confirmed", comparison.confirmed().orElse(null));
        field.addProperty("comparison", comparison.result().word());
        field.addProperty("sentence", comparison.sentence(ExplainTexts.of(report.stamp().locale())));
        JsonObject root = JsonReport.tree(report);
        root.add("errorText", field);
        return report.redactor().scrub(JsonReport.print(root), Redactor.Output.JSON);
    }

    private static Explanation explain(String text, Locale language) {
        if (text.isBlank()) {
            throw InvalidSettingException.of("problem.cli.errorTextEmpty");
        }
        if (text.length() > Explainer.MAX_CHARS) {
            throw InvalidSettingException.of("problem.cli.errorTextLong", Explainer.MAX_CHARS / 1024);
        }
        return Explainer.load(language).explain(text);
    }

    private FoundAccount account(String address) {
        Supplier<MailPrograms> programs = mailProgramsHome == null ? () -> MailPrograms.forThisComputer(Locale.ROOT)
                : () -> new MailPrograms(mailProgramsHome, HostOs.LINUX, Map.of(), NO_PROGRAMS, Locale.ROOT);
        FoundAccount account = programs.get().accountFor(address).orElseThrow(() -> InvalidSettingException.of(
                "problem.cli.noAccount", address));
        if (account.outgoing().isEmpty()) {
            throw InvalidSettingException.of("problem.cli.noOutgoing", account.program().displayName(), address);
        }
        return account;
    }

    private static RawSettings withAccount(RawSettings raw, FoundAccount account) {
        FoundAccount.Outgoing out = account.outgoing().orElseThrow();
        return new RawSettings(raw.email(),
                either(raw.username(), out.username()),
                either(raw.server(), Optional.of(out.server())),
                either(raw.port(), out.port().map(String::valueOf)),
                either(raw.security(), out.security().flatMap(s -> s.toSecurity()).map(Security::word)),
                raw.auth() && out.login(), raw.from());
    }

    private static RawSettings withMessage(RawSettings raw, SendingSettings message) {
        return new RawSettings(raw.email(), raw.username(),
                either(raw.server(), message.server()),
                either(raw.port(), message.port().map(String::valueOf)),
                either(raw.security(), message.security().map(Security::word)),
                raw.auth(), raw.from());
    }

    private static String either(String given, Optional<String> found) {
        return given.isEmpty() ? found.orElse("") : given;
    }
}
