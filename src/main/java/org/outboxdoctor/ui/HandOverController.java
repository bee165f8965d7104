package org.outboxdoctor.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

import org.outboxdoctor.export.ExportResult;
import org.outboxdoctor.export.HandOver;
import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.export.SettingsExport;
import org.outboxdoctor.export.SetupSteps;
import org.outboxdoctor.export.ThunderbirdAndroidQr;

/**
 * Controller of {@code hand-over.fxml}, a part of the answer page: the provider's name when its profile is known,
 * and "Set up my mail program" when the run proved a way to send. The steps follow the shared
 * {@link MailProgramChoice} (the chooser here changes it, so the findings' fixes follow too); the QR code is drawn
 * from the same settings; the save buttons write on the background executor, and their status line speaks of the
 * run it was made for only.
 */
public final class HandOverController {

    private final CheckSession session;
    private final AppServices services;
    private final Messages messages;
    private final MailProgramChoice choice;
    private CheckOutcome shown;

    @FXML
    private Label providerLine;
    @FXML
    private VBox handOverBox;
    @FXML
    private Label programLabel;
    @FXML
    private ComboBox<MailProgramChoice.Item> programBox;
    @FXML
    private VBox stepsBox;
    @FXML
    private VBox qrBox;
    @FXML
    private Label qrTitle;
    @FXML
    private ImageView qrImage;
    @FXML
    private Button saveSettingsButton;
    @FXML
    private Button saveAllSettingsButton;
    @FXML
    private Label saveHint;
    @FXML
    private Label saveStatus;

    public HandOverController(CheckSession session, AppServices services) {
        this.session = Objects.requireNonNull(session, "session");
        this.services = Objects.requireNonNull(services, "services");
        this.messages = services.messages();
        this.choice = session.mailProgram();
    }

    @FXML
    private void initialize() {
        programLabel.setLabelFor(programBox);
        programBox.setAccessibleText(messages.get("handover.program"));
        choice.bind(programBox, messages);
        qrTitle.setText(messages.format("handover.qr.title", MailProgram.THUNDERBIRD_ANDROID.title(messages.language())));
        render();
        session.outcomeProperty().addListener((observable, before, now) -> render());
        choice.programProperty().addListener((observable, before, now) -> renderSteps());
    }

    private void render() {
        CheckOutcome outcome = session.outcomeProperty().get();
        if (outcome != shown) {
            status("", null);
        }
        shown = outcome;
        Optional<String> provider = outcome == null ? Optional.empty() : outcome.provider();
        providerLine.setText(provider.map(name -> messages.format("handover.provider", name)).orElse(""));
        Shown.set(providerLine, provider.isPresent());
        Optional<HandOver> handOver = handOver();
        Shown.set(handOverBox, handOver.isPresent());
        handOver.ifPresentOrElse(this::renderQr, () -> qrImage.setImage(null));
        renderSteps();
    }

    private Optional<HandOver> handOver() {
        return shown == null ? Optional.empty() : shown.handOver();
    }

    /** The chosen program's steps, or every program's under its name for "I don't know". */
    private void renderSteps() {
        stepsBox.getChildren().clear();
        Optional<HandOver> handOver = handOver();
        if (handOver.isEmpty()) {
            return;
        }
        MailProgram program = choice.program();
        List<MailProgram> programs = program == null ? List.of(MailProgram.values()) : List.of(program);
        for (MailProgram each : programs) {
            if (program == null) {
                stepsBox.getChildren().add(WrappingLabel.of(each.title(messages.language()), "hand-over-program"));
            }
            int number = 1;
            for (String step : SetupSteps.steps(each, handOver.get())) {
                stepsBox.getChildren().add(WrappingLabel.of(messages.format("handover.step", String.valueOf(number++), step), "fix-step"));
            }
        }
        String file = SettingsExport.fileFor(program, handOver.get()).name();
        saveHint.setText(program == null ? messages.format("handover.save.hintAll", file)
                : messages.format("handover.save.hint", program.title(messages.language()), file));
    }

    private void renderQr(HandOver handOver) {
        Shown.set(qrBox, handOver.incoming().isPresent());
        if (handOver.incoming().isEmpty()) {
            qrImage.setImage(null);
            return;
        }
        qrImage.setImage(QrImage.draw(ThunderbirdAndroidQr.matrix(handOver)));
        var out = handOver.outgoing();
        var in = handOver.incoming().get();
        qrImage.setAccessibleText(messages.format("handover.qr.accessible", MailProgram.THUNDERBIRD_ANDROID.title(messages.language()),
                out.host(), String.valueOf(out.port()), in.host(), String.valueOf(in.port())));
    }

    /** "Save settings file…": the one file for the chosen program. */
    @FXML
    private void saveFile() {
        Optional<HandOver> handOver = handOver();
        if (handOver.isEmpty()) {
            return;
        }
        MailProgram program = choice.program();
        String name = SettingsExport.fileFor(program, handOver.get()).name();
        services.exportDialogs().chooseFile(window(), messages.get("handover.save.title"), name).ifPresent(target ->
                save(() -> messages.format("handover.save.done", SettingsExport.writeOne(program, handOver.get(), target))));
    }

    /** "Save all in a folder…": every file, as {@code --export-settings} writes them. */
    @FXML
    private void saveAll() {
        Optional<HandOver> handOver = handOver();
        if (handOver.isEmpty()) {
            return;
        }
        services.exportDialogs().chooseFolder(window(), messages.get("handover.saveAll.title")).ifPresent(folder ->
                save(() -> {
                    ExportResult result = SettingsExport.writeAll(handOver.get(), folder);
                    return String.join(" ", result.notes()) + (result.notes().isEmpty() ? "" : " ")
                            + messages.format("handover.saveAll.done", String.valueOf(result.written().size()), folder);
                }));
    }

    private void save(Callable<String> write) {
        status(messages.get("handover.save.saving"), StatusLook.RUNNING);
        CheckOutcome saving = shown;
        services.executor().execute(() -> {
            String text;
            StatusLook look;
            try {
                text = write.call();
                look = StatusLook.OK;
            } catch (Exception e) {
                text = messages.format("handover.save.failed", FileProblem.reason(e, messages));
                look = StatusLook.PROBLEM;
            }
            String said = text;
            StatusLook result = look;
            services.fxThread().execute(() -> {
                // a status line speaks of the run it was saved for, never of a later one
                if (shown == saving) {
                    status(said, result);
                }
            });
        });
    }

    private javafx.stage.Window window() {
        return handOverBox.getScene() == null ? null : handOverBox.getScene().getWindow();
    }

    private void status(String text, StatusLook look) {
        saveStatus.setText(text);
        StatusLook.apply(saveStatus, look);
        Shown.set(saveStatus, !text.isEmpty());
    }

}
