package org.outboxdoctor.ui;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.outboxdoctor.practice.PracticeScenario;

/**
 * Controller of {@code practice-picker.fxml}: one line per practice scenario (its title), Start and Back.
 * Start (or Enter, or a double click, in the list) asks {@link PracticeMode} to start the scenario; once its
 * pretend mail servers run and the check has started, the wizard moves to the first live-check page.
 * The frame's own Next stays disabled here: the page has its own Start.
 */
public final class PracticePickerController implements WizardPage {

    /** The height of one scenario in the list, in ems: its title (maybe on two lines) and its command-line name. */
    private static final double ROW_EMS = 3.3;

    private final PracticeMode practice;
    private final Messages messages;
    private WizardNavigator navigator;

    @FXML
    private Label listLabel;
    @FXML
    private ListView<PracticeScenario> scenarioList;
    @FXML
    private Button startButton;
    @FXML
    private Button backButton;
    @FXML
    private HBox startingBox;
    @FXML
    private Label failedText;

    public PracticePickerController(PracticeMode practice, Messages messages) {
        this.practice = Objects.requireNonNull(practice, "practice");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        listLabel.setLabelFor(scenarioList);
        scenarioList.getItems().setAll(practice.scenarios());
        scenarioList.setCellFactory(list -> new ScenarioCell(messages));
        // every scenario in view at once, no list of its own to scroll: about three lines of text per scenario
        scenarioList.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scenarioList.getItems().size() * ROW_EMS * listLabel.getFont().getSize(),
                scenarioList.getItems(), listLabel.fontProperty()));
        scenarioList.minHeightProperty().bind(scenarioList.prefHeightProperty());
        scenarioList.getSelectionModel().selectFirst();
        scenarioList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                startScenario();
            }
        });
        scenarioList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                startScenario();
            }
        });
        startButton.disableProperty().bind(Bindings.or(practice.startingProperty(),
                scenarioList.getSelectionModel().selectedItemProperty().isNull()));
        startingBox.visibleProperty().bind(practice.startingProperty());
        startingBox.managedProperty().bind(practice.startingProperty());
        showFailure("");
    }

    @Override
    public ObservableBooleanValue canGoNextProperty() {
        return Bindings.createBooleanBinding(() -> false);
    }

    @Override
    public void attach(WizardNavigator wizard) {
        this.navigator = wizard;
    }

    @Override
    public void shown() {
        showFailure("");
    }

    /** One scenario: its title, and below it the name {@code practice list} and {@code practice run} use. */
    private static final class ScenarioCell extends ListCell<PracticeScenario> {
        private final Label title = new Label();
        private final Label id = new Label();
        private final VBox lines = new VBox(title, id);
        private final Messages messages;

        ScenarioCell(Messages messages) {
            this.messages = messages;
            title.setWrapText(true);
            title.setMinHeight(Label.USE_PREF_SIZE);
            title.getStyleClass().add("scenario-title");
            id.getStyleClass().add("scenario-id");
            setPrefWidth(0); // wrap inside the list's width instead of widening it
        }

        @Override
        protected void updateItem(PracticeScenario item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(item.title(messages.language()));
            id.setText(messages.format("practice.picker.id", item.id()));
            setGraphic(lines);
            setAccessibleText(item.title(messages.language()) + ". " + id.getText());
        }
    }

    @FXML
    private void startScenario() {
        PracticeScenario chosen = scenarioList.getSelectionModel().getSelectedItem();
        if (chosen == null || practice.startingProperty().get()) {
            return;
        }
        showFailure("");
        practice.start(chosen, () -> {
            if (navigator != null) {
                navigator.goTo(WizardStep.CHECK_PASSWORD);
            }
        }, reason -> showFailure(messages.get("practice.picker.failed"))); // Java's reason goes to the log only
    }

    @FXML
    private void backToWelcome() {
        if (navigator != null) {
            navigator.goTo(WizardStep.WELCOME);
        }
    }

    private void showFailure(String text) {
        failedText.setText(text);
        StatusLook.apply(failedText, text.isEmpty() ? null : StatusLook.PROBLEM);
        failedText.setVisible(!text.isEmpty());
        failedText.setManaged(!text.isEmpty());
    }

    @Override
    public void focusFirstField() {
        scenarioList.requestFocus();
    }
}
