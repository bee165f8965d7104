package org.outboxdoctor.cli;

import org.outboxdoctor.diagnosis.Certainty;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.outboxdoctor.explain.ExplainTexts;
import org.outboxdoctor.explain.Explainer;
import org.outboxdoctor.explain.Explanation;
import org.outboxdoctor.explain.RevealedSettings;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `outbox-doctor explain`: what a pasted error message means, worked out on this computer without the network. */
@Command(name = "explain", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Explains an error message from your mail program: which program said it, what it means, and the"
                + " settings it gives away. Nothing is sent to the network.",
                "Exit status: 0 the message was recognised, 1 it was not, 2 bad input (nothing given, or more than 100 kB)."})
public final class ExplainCommand implements Callable<Integer> {
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Parameters(paramLabel = "TEXT", arity = "1..*",
            description = "The error message (quote it), or - to read it from standard input.")
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
            err.println("The message is longer than " + Explainer.MAX_CHARS / 1024 + " kB; paste only the error message itself.");
            return ExitCodes.USAGE;
        }
        if (message.get().isBlank()) {
            err.println("There is no message to explain: give the error text, or - and the text on standard input.");
            return ExitCodes.USAGE;
        }
        if (message.get().length() > Explainer.MAX_CHARS) {
            err.println("The message is longer than " + Explainer.MAX_CHARS / 1024 + " kB; paste only the error message itself.");
            return ExitCodes.USAGE;
        }
        Explanation explanation = Explainer.load().explain(message.get());
        out.println(json ? JsonReport.print(tree(explanation)) : text(explanation));
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

    static String text(Explanation e) {
        ExplainTexts texts = ExplainTexts.english();
        StringBuilder text = new StringBuilder();
        String nl = System.lineSeparator();
        text.append(e.meaning()).append(nl);
        if (!e.recognised()) {
            return text.toString().stripTrailing();
        }
        text.append(nl).append("  Program:    ").append(texts.programName(e.program())).append(nl);
        e.errorCode().ifPresent(c -> text.append("  Error:      ").append(c).append(nl));
        e.serverReply().ifPresent(r -> text.append("  Server said: ").append(r.show()).append(nl));
        e.finding().ifPresent(f -> text.append("  Points to:  ").append(f).append(nl));
        e.certainty().ifPresent(c -> text.append("  Certainty:  ").append(c.word()).append(nl));
        RevealedSettings s = e.settings();
        s.server().ifPresent(v -> text.append("  Server:     ").append(v).append(nl));
        s.port().ifPresent(v -> text.append("  Port:       ").append(v).append(nl));
        s.ssl().ifPresent(v -> text.append("  SSL:        ").append(v ? "on" : "off").append(nl));
        s.protocol().ifPresent(v -> text.append("  Protocol:   ").append(v).append(nl));
        e.socketError().ifPresent(v -> text.append("  Socket error: ").append(v).append(nl));
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
