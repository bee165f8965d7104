package org.outboxdoctor.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.outboxdoctor.ui.CheckOutcome.Row;
import org.outboxdoctor.ui.CheckOutcome.StepResult;

/**
 * The controller of every live-check page ({@code live-step.fxml}): the page's title and explanation from its
 * {@link LiveStep}, the step's answer in a status box (its most serious finding, or "all good"), then one
 * {@link CheckRowView} per check, updated live from {@link CheckSession}.
 */
public final class LiveStepController implements WizardPage {

    private final CheckStep step;
    private final CheckSession session;
    private final Messages messages;
    private final AppServices.Browser browser;
    private final Map<String, CheckRowView> rowViews = new LinkedHashMap<>();

    @FXML
    Label stepNumber;
    @FXML
    Label title;
    @FXML
    Label intro;
    @FXML
    VBox statusBox;
    @FXML
    Label statusGlyph;
    @FXML
    Label headline;
    @FXML
    Label detail;
    @FXML
    VBox rows;

    /** {@code browser} opens the links some rows carry (a blocklist's removal page). */
    LiveStepController(CheckStep step, CheckSession session, Messages messages, AppServices.Browser browser) {
        this.step = Objects.requireNonNull(step, "step");
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.browser = Objects.requireNonNull(browser, "browser");
    }

    @FXML
    void initialize() {
        stepNumber.setText(messages.format("steps.counter", String.valueOf(step.ordinal() + 1),
                String.valueOf(CheckStep.values().length)));
        title.setText(step.title(messages));
        intro.setText(step.intro(messages));
        if (step == CheckStep.PASSWORD) {
            // the provider by name and the fix for the user's mail program, under the step's answer
            VBox card = (VBox) statusBox.getParent();
            card.getChildren().add(card.getChildren().indexOf(statusBox) + 1, new PasswordAdvice(session, messages).node());
        }
        render(session.stepProperty(step).get());
        session.stepProperty(step).addListener((observable, before, now) -> render(now));
    }

    private void render(StepResult result) {
        StatusLook.apply(statusBox, result.look());
        Glyphs.update(statusGlyph, result.look(), messages);
        headline.setText(result.headline());
        headline.setAccessibleText(Glyphs.spoken(result.look(), messages) + ": " + result.headline());
        detail.setText(result.detail());
        detail.setVisible(!result.detail().isEmpty());
        detail.setManaged(detail.isVisible());

        List<Row> shown = result.rows();
        Set<String> keys = new HashSet<>();
        for (Row row : shown) {
            keys.add(row.key());
            CheckRowView view = rowViews.get(row.key());
            if (view == null) {
                rowViews.put(row.key(), new CheckRowView(row, messages, browser));
            } else {
                view.update(row);
            }
        }
        rowViews.keySet().removeIf(key -> !keys.contains(key));
        List<Node> ordered = shown.stream().map(row -> (Node) rowViews.get(row.key()).node()).toList();
        if (!rows.getChildren().equals(ordered)) {
            rows.getChildren().setAll(ordered);
        }
    }

    CheckStep step() {
        return step;
    }

    @Override
    public void focusFirstField() {
        // the frame keeps the focus on Next: Enter moves on, Tab reaches the Details expanders
    }
}
