package org.outboxdoctor.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.ui.CheckOutcome.FindingView;

/**
 * Controller of {@code results.fxml}: shows the {@link CheckOutcome} of the last run. Copy buttons put one
 * setting on the clipboard; "Copy report" the redacted text report; "Save report…" writes the redacted HTML
 * report on the background executor; "Run again" warns first when the last run was moments ago.
 * "Send me a test message" runs the check again with a real message to the user's own address (the same
 * warning first: it is a new run) and says whether it arrived; it is enabled once a run found settings that send.
 */
public final class ResultsController implements WizardPage {

    static final String REPORT_FILE_NAME = "outbox-doctor-report.html";

    private final CheckSession session;
    private final AppServices services;
    private final Messages messages;
    private CheckOutcome shown;
    /** The run the re-run warning is about sends a test message. */
    private boolean pendingTestMessage;

    @FXML
    private ScrollPane resultsScroll;
    @FXML
    private HBox runningBox;
    @FXML
    private Label runningText;
    @FXML
    private VBox verdictBox;
    @FXML
    private Label verdictGlyph;
    @FXML
    private Label verdictHeadline;
    @FXML
    private Label verdictDetail;
    @FXML
    private VBox testMessageBox;
    @FXML
    private Label testMessageGlyph;
    @FXML
    private Label testMessageText;
    @FXML
    private VBox settingsCard;
    @FXML
    private Label settingsIntro;
    @FXML
    private Label serverValue;
    @FXML
    private Label portValue;
    @FXML
    private Label securityValue;
    @FXML
    private Label usernameValue;
    @FXML
    private Label authValue;
    @FXML
    private Button copyServer;
    @FXML
    private Button copyPort;
    @FXML
    private Button copySecurity;
    @FXML
    private Button copyUsername;
    @FXML
    private Label userSaw;
    @FXML
    private Label errorCompared;
    @FXML
    private VBox actionsBox;
    @FXML
    private Button copyReportButton;
    @FXML
    private Button saveReportButton;
    @FXML
    private Button runAgainButton;
    @FXML
    private Button sendTestButton;
    @FXML
    private Label sendTestNote;
    @FXML
    private Label actionMessage;
    @FXML
    private VBox rerunBox;
    @FXML
    private Label rerunText;
    @FXML
    private Button runAnywayButton;
    @FXML
    private Label findingsTitle;
    @FXML
    private VBox findingsBox;
    @FXML
    private TitledPane everythingPane;
    @FXML
    private TextArea reportText;

    private RerunPrompt rerun;

    public ResultsController(CheckSession session, AppServices services) {
        this.session = Objects.requireNonNull(session, "session");
        this.services = Objects.requireNonNull(services, "services");
        this.messages = services.messages();
    }

    @FXML
    private void initialize() {
        CopyButtons.wire(new Button[] {copyServer, copyPort, copySecurity, copyUsername},
                new Label[] {serverValue, portValue, securityValue, usernameValue},
                value -> showMessage(messages.format("results.copied", value), StatusLook.OK));
        CheckRowView.releaseTab(reportText);
        Glyphs.update(testMessageGlyph, StatusLook.RUNNING, messages);
        Shown.set(testMessageBox, false);
        rerun = new RerunPrompt(rerunBox, rerunText, runAnywayButton, messages);
        showMessage("", null);
        render();
        session.stateProperty().addListener((observable, before, now) -> render());
        session.outcomeProperty().addListener((observable, before, now) -> render());
        session.mailProgram().programProperty().addListener((observable, before, now) -> renderFindings());
    }

    private void render() {
        renderPage();
        // a run disables the focused button or hides the focused box: the focus goes to the page's news instead
        PageFocus.keepOn(resultsScroll, this::headline);
    }

    private void renderPage() {
        CheckSession.State state = session.state();
        CheckOutcome outcome = session.outcomeProperty().get();
        boolean running = state == CheckSession.State.RUNNING;
        Shown.set(runningBox, running);
        runningText.setText(running && session.sendingTestMessageProperty().get()
                ? messages.format("results.sendTest.running", session.form().emailProperty().get().strip())
                : messages.get("results.running"));
        runAgainButton.setDisable(running || state == CheckSession.State.IDLE);
        // a test message needs settings this computer proved can send
        boolean canSendTest = !running && outcome != null && outcome.recommended().map(RecommendedSettings::proven).orElse(false);
        sendTestButton.setDisable(!canSendTest);
        Shown.set(sendTestNote, !running && !canSendTest);
        copyReportButton.setDisable(outcome == null);
        saveReportButton.setDisable(outcome == null);
        if (running) {
            rerun.hide();
        }
        if (outcome == shown && outcome != null) {
            return;
        }
        shown = outcome;
        // a status line ("The report is saved in …") speaks of the run that made it, never of a later one
        showMessage("", null);
        Shown.set(actionsBox, outcome != null || state == CheckSession.State.CANCELLED);
        Shown.set(findingsBox, outcome != null && !outcome.findings().isEmpty());
        if (outcome == null) {
            Shown.set(testMessageBox, false);
            Shown.set(settingsCard, false);
            Shown.set(findingsTitle, false);
            Shown.set(everythingPane, false);
            Shown.set(userSaw, false);
            Shown.set(errorCompared, false);
            reportText.clear();
            if (running) {
                Shown.set(verdictBox, false);
            } else {
                verdict(StatusLook.INFO, state == CheckSession.State.CANCELLED ? messages.get("results.verdict.cancelled")
                        : messages.get("results.verdict.none"), "");
            }
            return;
        }
        renderVerdict(outcome);
        renderTestMessage(outcome);
        SettingsCard.render(outcome.recommended(), settingsCard, settingsIntro,
                new Label[] {serverValue, portValue, securityValue, usernameValue, authValue}, messages);
        renderFindings();
        Shown.set(findingsTitle, !outcome.findings().isEmpty());
        String problem = session.form().problemProperty().get();
        userSaw.setText(problem == null || problem.isBlank() ? "" : messages.format("results.userSaw", problem.strip()));
        Shown.set(userSaw, !userSaw.getText().isEmpty());
        // whether the check saw what the error message said: the sentence is explain.ErrorComparison's
        errorCompared.setText(outcome.errorMessage().map(CheckOutcome.ErrorMessageView::sentence).orElse(""));
        StatusLook.apply(errorCompared, StatusLook.INFO);
        Shown.set(errorCompared, !errorCompared.getText().isEmpty());
        reportText.setText(outcome.textReport());
        Shown.set(everythingPane, true);
    }

    /** The findings with the fix for the user's mail program (again whenever they choose another). */
    private void renderFindings() {
        findingsBox.getChildren().clear();
        int number = 1;
        for (FindingView finding : shown == null ? List.<FindingView>of() : shown.findings()) {
            findingsBox.getChildren().add(FindingCard.create(finding, number++, messages, session.mailProgram().program()));
        }
    }

    private void renderVerdict(CheckOutcome outcome) {
        if (outcome.failure().isPresent()) {
            verdict(StatusLook.WARNING, messages.get("results.verdict.failed"), outcome.failure().get());
            return;
        }
        Optional<FindingView> top = outcome.findings().stream().findFirst();
        switch (outcome.verdict()) {
            case CAN_SEND -> verdict(StatusLook.OK, messages.get("results.verdict.canSend"),
                    messages.get("results.verdict.canSendDetail"));
            case PROBLEM -> verdict(StatusLook.PROBLEM, top.map(FindingView::title).orElse(messages.get("results.verdict.problem")),
                    outcome.recommended().isPresent() && top.map(f -> f.code().changesSettings()).orElse(false)
                            ? messages.get("results.verdict.problemWithSettings") : messages.get("results.verdict.problemDetail"));
            case INCOMPLETE -> verdict(StatusLook.WARNING, messages.get("results.verdict.incomplete"),
                    top.map(FindingView::title).orElse(""));
        }
    }

    private void verdict(StatusLook look, String headline, String detail) {
        Shown.set(verdictBox, true);
        StatusLook.apply(verdictBox, look);
        Glyphs.update(verdictGlyph, look, messages);
        verdictHeadline.setText(headline);
        verdictHeadline.setAccessibleText(Glyphs.spoken(look, messages) + ": " + headline);
        verdictDetail.setText(detail);
        Shown.set(verdictDetail, !detail.isEmpty());
    }

    private void renderTestMessage(CheckOutcome outcome) {
        Shown.set(testMessageBox, outcome.testMessage().isPresent());
        outcome.testMessage().ifPresent(test -> {
            StatusLook.apply(testMessageBox, test.look());
            Glyphs.update(testMessageGlyph, test.look(), messages);
            testMessageText.setText(test.sentence());
            testMessageText.setAccessibleText(Glyphs.spoken(test.look(), messages) + ": " + test.sentence());
        });
    }

    @FXML
    private void copyReport() {
        if (shown == null) {
            return;
        }
        CopyButtons.putOnClipboard(shown.textReport());
        showMessage(messages.get("results.copyReport.done"), StatusLook.OK);
    }

    @FXML
    private void saveReport() {
        if (shown == null) {
            return;
        }
        Optional<Path> target = services.saveDialog().choose(verdictBox.getScene().getWindow(),
                messages.get("results.saveReport.title"), REPORT_FILE_NAME);
        if (target.isEmpty()) {
            return;
        }
        showMessage(messages.get("results.saveReport.saving"), StatusLook.RUNNING);
        CheckOutcome saving = shown;
        ReportFile.save(saving.htmlReport(), target.get(), services, messages, (text, look) -> {
            if (shown == saving) {
                showMessage(text, look);
            }
        });
    }

    @FXML
    private void runAgain() {
        askThenStart(false);
    }

    /** "Send me a test message": a new run that sends one, after the same warning as "Run again". */
    @FXML
    private void sendTest() {
        askThenStart(true);
    }

    private void askThenStart(boolean testMessage) {
        pendingTestMessage = testMessage;
        if (!rerun.askFirst(session)) {
            start();
        }
    }

    @FXML
    private void runAnyway() {
        start();
    }

    @FXML
    private void notNow() {
        rerun.hide();
        (pendingTestMessage ? sendTestButton : runAgainButton).requestFocus();
    }

    private void start() {
        rerun.hide();
        showMessage("", null);
        try {
            if (pendingTestMessage) {
                session.startSendingTestMessage();
            } else {
                session.start();
            }
        } catch (org.outboxdoctor.settings.InvalidSettingException e) {
            showMessage(e.message(messages.language()), StatusLook.PROBLEM);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(ResultsController.class.getName()).log(java.util.logging.Level.WARNING,
                    "The check could not start", e);
            showMessage(messages.format("check.failed", messages.get("check.failedInApp")), StatusLook.PROBLEM);
        }
    }

    private void showMessage(String text, StatusLook look) {
        actionMessage.setText(text);
        StatusLook.apply(actionMessage, look);
        Shown.set(actionMessage, !text.isEmpty());
    }

    /** What the page says first: the running line during a run, otherwise the verdict. */
    private Node headline() {
        return runningBox.isVisible() ? runningText : verdictBox.isVisible() ? verdictHeadline : copyReportButton;
    }

    /** The page opens at the top with the focus on its headline, so the verdict is seen (and read out) first. */
    @Override
    public void focusFirstField() {
        headline().requestFocus();
        resultsScroll.setVvalue(resultsScroll.getVmin());
    }
}
