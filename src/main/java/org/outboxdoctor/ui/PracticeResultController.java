package org.outboxdoctor.ui;

import java.util.Objects;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.practice.PracticeScenario;

/**
 * Controller of {@code practice-result.fxml}, the "What this scenario was" box on the answer page. It shows
 * while a practice scenario is open and its check has finished: the scenario's title, what it teaches, and
 * whether the check's top finding is the one the scenario teaches ({@link PracticeScenario#expectedTop()}).
 * "Try another scenario" opens the picker (starting one there closes this one); "Leave practice" goes back to
 * the Welcome page, which closes the scenario.
 */
public final class PracticeResultController {

    private final CheckSession session;
    private final PracticeMode practice;
    private final Messages messages;

    @FXML
    private VBox practiceBox;
    @FXML
    private Label scenarioTitle;
    @FXML
    private Label teaches;
    @FXML
    private HBox matchLine;
    @FXML
    private Label matchGlyph;
    @FXML
    private Label matchText;

    public PracticeResultController(CheckSession session, PracticeMode practice, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        Glyphs.update(matchGlyph, StatusLook.OK, messages);
        render();
        session.outcomeProperty().addListener((observable, before, now) -> render());
        practice.scenarioProperty().addListener((observable, before, now) -> render());
    }

    private void render() {
        PracticeScenario scenario = practice.scenarioProperty().get();
        CheckOutcome outcome = session.outcomeProperty().get();
        boolean show = scenario != null && outcome != null;
        practiceBox.setVisible(show);
        practiceBox.setManaged(show);
        if (!show) {
            return;
        }
        scenarioTitle.setText(messages.format("practice.result.scenario", scenario.title(messages.language())));
        teaches.setText(scenario.teaches(messages.language()));
        FindingCode expected = scenario.expectedTop();
        FindingCode top = outcome.codes().isEmpty() ? null : outcome.codes().get(0);
        boolean matched = expected == top;
        // a trainee who changed the settings until the check found a way to send has solved the scenario
        boolean fixed = !matched && top == FindingCode.CAN_SEND && practice.settingsChanged();
        StatusLook look = matched || fixed ? StatusLook.OK : StatusLook.WARNING;
        Glyphs.update(matchGlyph, look, messages);
        StatusLook.apply(matchLine, look);
        String sentence = matched ? messages.format("practice.result.matched", expected.name())
                : fixed ? messages.format("practice.result.fixed", expected.name())
                : messages.format("practice.result.different", expected.name(), top == null ? "-" : top.name());
        matchText.setText(sentence);
        matchText.setAccessibleText(Glyphs.spoken(look, messages) + ": " + sentence);
    }

    @FXML
    private void another() {
        practice.pickAnother();
    }

    @FXML
    private void leave() {
        practice.leaveToWelcome();
    }
}
