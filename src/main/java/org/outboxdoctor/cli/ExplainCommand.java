package org.outboxdoctor.cli;

import org.outboxdoctor.diagnosis.Certainty;
import com.google.gson.JsonObject;
import java.io.IOException;
import org.outboxdoctor.settings.InvalidSettingException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.outboxdoctor.explain.ExplainTexts;
import org.outboxdoctor.explain.Explainer;
import org.outboxdoctor.explain.Explanation;
import org.outboxdoctor.explain.RevealedSettings;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.report.JsonReport;
import org.outboxdoctor.report.ReportTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `outbox-doctor explain`: what a pasted error message means, worked out on this computer without the network. */
@Command(name = "explain", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class ExplainCommand implements Callable<Integer> {
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Mixin
    LanguageOption lang = new LanguageOption();

    @Parameters(paramLabel = "TEXT", arity = "1..*")
    List<String> words;

    ExplainCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> message = words.equals(List.of("-")) ? readStandardInput() : Optional.of(String.join(" ", words));
        if (message.isEmpty()) {
            err.println(InvalidSettingException.of("problem.explain.long", Explainer.MAX_CHARS / 1024).message(lang.locale()));
            return ExitCodes.USAGE;
        }
        if (message.get().isBlank()) {
            err.println(InvalidSettingException.of("problem.explain.empty").message(lang.locale()));
            return ExitCodes.USAGE;
        }
        if (message.get().length() > Explainer.MAX_CHARS) {
            err.println(InvalidSettingException.of("problem.explain.long", Explainer.MAX_CHARS / 1024).message(lang.locale()));
            return ExitCodes.USAGE;
        }
        Explanation explanation = Explainer.load(lang.locale()).explain(message.get());
        out.println(json ? JsonReport.print(tree(explanation)) : text(explanation, lang.locale()));
        out.flush();
        return explanation.recognised() ? ExitCodes.CAN_SEND : ExitCodes.PROBLEM;
    }

    /** Standard input up to the limit; empty when there is more. */
    private Optional<String> readStandardInput() throws IOException {
        Reader reader = new InputStreamReader(stdin, StandardCharsets.UTF_8);
        char[] buffer = new char[Explainer.MAX_CHARS + 1];
        int length = 0;
        for (int n; length < buffer.length && (n = reader.read(buffer, length, buffer.length - length)) > 0; ) {
            length += n;
        }
        return length > Explainer.MAX_CHARS ? Optional.empty() : Optional.of(new String(buffer, 0, length));
    }

    static String text(Explanation e, Locale language) {
        ExplainTexts texts = ExplainTexts.of(language);
        ReportTexts t = ReportTexts.of(language);
        StringBuilder text = new StringBuilder();
        String nl = System.lineSeparator();
        text.append(e.meaning()).append(nl);
        if (!e.recognised()) {
            return text.toString().stripTrailing();
        }
        text.append(nl);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t.format("cli.explain.program"), texts.programName(e.program())});
        e.errorCode().ifPresent(c -> rows.add(new String[] {t.format("cli.explain.error"), c}));
        e.serverReply().ifPresent(r -> rows.add(new String[] {t.format("cli.explain.serverSaid"), r.show()}));
        e.finding().ifPresent(f -> rows.add(new String[] {t.format("cli.explain.pointsTo"), f}));
        e.certainty().ifPresent(c -> rows.add(new String[] {t.format("cli.explain.certainty"), c.word()}));
        RevealedSettings s = e.settings();
        s.server().ifPresent(v -> rows.add(new String[] {t.format("cli.explain.server"), v}));
        s.port().ifPresent(v -> rows.add(new String[] {t.format("cli.explain.port"), String.valueOf(v)}));
        s.ssl().ifPresent(v -> rows.add(new String[] {t.format("cli.explain.ssl"), t.format(v ? "cli.explain.on" : "cli.explain.off")}));
        s.protocol().ifPresent(v -> rows.add(new String[] {t.format("cli.explain.protocol"), String.valueOf(v)}));
        e.socketError().ifPresent(v -> rows.add(new String[] {t.format("cli.explain.socketError"), String.valueOf(v)}));
        // the values line up after the usual labels; a longer label (or translation) just pushes its value on
        rows.forEach(r -> text.append("  ").append(String.format(Locale.ROOT, "%-11s ", r[0] + ":")).append(r[1]).append(nl));
        return text.toString().stripTrailing();
    }

    /** The fields documented in src/site/markdown/explain.md; absent values are null, so every key is always there. */
    static JsonObject tree(Explanation e) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("recognised", e.recognised());
        root.addProperty("program", e.program().id());
        root.addProperty("entry", e.entry());
        root.addProperty("meaning", e.meaning());
        root.addProperty("finding", e.finding().orElse(null));
        root.addProperty("certainty", e.certainty().map(c -> c.word()).orElse(null));
        JsonObject settings = new JsonObject();
        settings.addProperty("server", e.settings().server().orElse(null));
        settings.addProperty("port", e.settings().port().orElse(null));
        settings.addProperty("ssl", e.settings().ssl().orElse(null));
        settings.addProperty("protocol", e.settings().protocol().orElse(null));
        root.add("settings", settings);
        root.addProperty("errorCode", e.errorCode().orElse(null));
        root.addProperty("socketError", e.socketError().orElse(null));
        root.add("serverReply", e.serverReply().map(ExplainCommand::reply).orElse(null));
        return root;
    }

    private static com.google.gson.JsonElement reply(SmtpReply r) {
        JsonObject reply = new JsonObject();
        reply.addProperty("code", r.code());
        reply.addProperty("enhanced", r.enhanced().orElse(null));
        reply.addProperty("text", r.show());
        return reply;
    }
}
