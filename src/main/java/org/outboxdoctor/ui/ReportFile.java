package org.outboxdoctor.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** "Save report…": writes the HTML report on the background executor and says how it went on the FX thread. */
final class ReportFile {
    private ReportFile() {
    }

    static void save(String html, Path file, AppServices services, Messages messages, BiConsumer<String, StatusLook> said) {
        services.executor().execute(() -> {
            String message;
            StatusLook look;
            try {
                Files.writeString(file, html, StandardCharsets.UTF_8);
                message = messages.format("results.saveReport.done", file.toString());
                look = StatusLook.OK;
            } catch (IOException | RuntimeException e) {
                message = messages.format("results.saveReport.failed", FileProblem.reason(e, messages));
                look = StatusLook.PROBLEM;
            }
            String text = message;
            StatusLook result = look;
            services.fxThread().execute(() -> said.accept(text, result));
        });
    }
}
