package org.outboxdoctor.export;

import java.util.ArrayList;
import java.util.List;
import org.outboxdoctor.settings.Security;

/** What to click and type in each mail program, filled with the proven settings (steps.properties). */
public final class SetupSteps {

    private SetupSteps() {
    }

    /** The steps for one program, in order, as plain sentences without numbers. */
    public static List<String> steps(MailProgram program, HandOver handOver) {
        ExportTexts texts = handOver.texts();
        Object[] values = values(texts, program, handOver);
        List<String> steps = new ArrayList<>();
        for (ExportTexts.Step step : texts.steps(program)) {
            boolean shown = switch (step.condition()) {
                case ALWAYS -> true;
                case INCOMING -> handOver.incoming().isPresent();
                case AUTH -> handOver.outgoing().auth();
            };
            if (shown) {
                steps.add(texts.format(step.key(), values));
            }
        }
        return steps;
    }

    /** steps.txt: a header, then every program's title and numbered steps. */
    public static String text(HandOver handOver) {
        ExportTexts texts = handOver.texts();
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        if (handOver.practice()) {
            text.append(texts.format("file.steps.header.practice", handOver.address(), handOver.practiceScenario())).append(nl);
        }
        text.append(texts.format("file.steps.header", handOver.address())).append(nl);
        text.append(texts.format("file.steps.password")).append(nl);
        if (handOver.incoming().isEmpty()) {
            text.append(texts.format("file.steps.noIncoming")).append(nl);
        }
        for (MailProgram program : MailProgram.values()) {
            String title = program.title(handOver.language());
            text.append(nl).append(title).append(nl).append("=".repeat(title.length())).append(nl);
            List<String> steps = steps(program, handOver);
            for (int i = 0; i < steps.size(); i++) {
                text.append(i + 1).append(". ").append(steps.get(i)).append(nl);
            }
        }
        return text.toString();
    }

    /** The placeholders {0} ... {10} of steps.properties; without an incoming server its values are empty. */
    private static Object[] values(ExportTexts texts, MailProgram program, HandOver handOver) {
        Outgoing out = handOver.outgoing();
        Object[] values = new Object[11];
        values[0] = out.host();
        values[1] = Integer.toString(out.port());
        values[2] = securityWord(texts, program, out.security());
        values[3] = out.username();
        values[4] = texts.program(program, out.auth() ? "auth.yes" : "auth.no");
        values[5] = handOver.address();
        values[6] = "";
        values[7] = "";
        values[8] = "";
        values[9] = "";
        values[10] = "";
        handOver.incoming().ifPresent(in -> {
            values[6] = in.host();
            values[7] = Integer.toString(in.port());
            values[8] = securityWord(texts, program, in.security());
            values[9] = in.username();
            values[10] = in.protocol().name();
        });
        return values;
    }

    private static String securityWord(ExportTexts texts, MailProgram program, Security security) {
        return texts.program(program, "security." + security.word());
    }
}
