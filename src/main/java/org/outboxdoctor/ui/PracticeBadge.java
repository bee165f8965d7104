package org.outboxdoctor.ui;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.outboxdoctor.practice.PracticeScenario;

/**
 * The "PRACTICE" strip at the top of the window, shown exactly while a practice world is open
 * ({@link PracticeMode#scenarioProperty()}), on every page: the badge, the scenario's title and a reminder that
 * the mail servers are pretend ones on this computer. Screen readers get the same in one sentence.
 */
final class PracticeBadge {

    static final String ID = "practiceBadge";

    private PracticeBadge() {
    }

    static HBox create(PracticeMode practice, Messages messages) {
        Label badge = new Label(messages.get("practice.badge"));
        badge.setId(ID);
        badge.getStyleClass().add("practice-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        badge.setAccessibleRole(AccessibleRole.TEXT);
        Label about = new Label();
        about.setId("practiceBadgeText");
        about.getStyleClass().add("practice-badge-text");
        about.setWrapText(true);
        about.setMinHeight(Label.USE_PREF_SIZE);
        about.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(about, Priority.ALWAYS);

        HBox strip = new HBox(badge, about);
        strip.setId("practiceStrip");
        strip.getStyleClass().add("practice-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        Runnable refresh = () -> {
            PracticeScenario scenario = practice.scenarioProperty().get();
            boolean on = scenario != null;
            strip.setVisible(on);
            strip.setManaged(on);
            badge.setVisible(on);
            about.setText(on ? messages.format("practice.badge.text", scenario.title(messages.language())) : "");
            badge.setAccessibleText(on ? messages.format("practice.badge.spoken", scenario.title(messages.language())) : null);
        };
        refresh.run();
        practice.scenarioProperty().addListener((observable, before, now) -> refresh.run());
        return strip;
    }
}
