package org.outboxdoctor.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.outboxdoctor.ui.CheckOutcome.StepResult;

/** One entry of the wizard's step list: a number or status symbol, and the step's name; a button when reachable. */
final class StepListItem {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass REACHABLE = PseudoClass.getPseudoClass("reachable");

    /** What the item needs of the wizard's frame. */
    interface Frame {
        WizardStep current();

        /** Whether the Next button may be pressed now. */
        boolean nextAllowed();

        void next();

        void goTo(WizardStep step);

        StepListItem item(WizardStep step);
    }

    private final WizardStep step;
    private final Frame frame;
    private final CheckSession session;
    private final Messages messages;
    private final HBox root = new HBox();
    private final Label glyph = new Label();
    private final Label name = new Label();
    /** The name in bold, never shown: it reserves the current step's size, so that becoming current moves nothing. */
    private final Label reserve = new Label();

    StepListItem(WizardStep step, Frame frame, CheckSession session, Messages messages) {
        this.step = step;
        this.frame = frame;
        this.session = session;
        this.messages = messages;
        root.getStyleClass().add("step-item");
        root.setId("step-" + step.name());
        glyph.getStyleClass().add("step-glyph");
        glyph.setMinWidth(Label.USE_PREF_SIZE);
        name.getStyleClass().add("step-name");
        name.setText(step.title(messages));
        name.setWrapText(true);
        name.setMinHeight(Label.USE_PREF_SIZE);
        reserve.getStyleClass().addAll("step-name", "step-name-reserve");
        reserve.setText(name.getText());
        reserve.setWrapText(true);
        reserve.setMinHeight(Label.USE_PREF_SIZE);
        reserve.setVisible(false);
        StackPane names = new StackPane(reserve, name);
        names.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(names, Priority.ALWAYS);
        root.getChildren().addAll(glyph, names);
        // a reachable step is a button for the keyboard and for screen readers as well as for the mouse
        root.setAccessibleRole(AccessibleRole.BUTTON);
        root.setOnMouseClicked(event -> open());
        root.setOnKeyPressed(event -> {
            switch (event.getCode()) {
                case ENTER, SPACE -> open();
                case UP -> focusNeighbour(-1);
                case DOWN -> focusNeighbour(1);
                default -> {
                    return;
                }
            }
            event.consume();
        });
        refresh();
    }

    /** Arrow keys walk the steps that can be opened (the list is one Tab stop, like a list box). */
    private void focusNeighbour(int direction) {
        WizardStep[] steps = WizardStep.values();
        for (int i = step.ordinal() + direction; i >= 0 && i < steps.length; i += direction) {
            StepListItem other = frame.item(steps[i]);
            if (other.reachable()) {
                other.root.requestFocus();
                return;
            }
        }
    }

    private void open() {
        if (!reachable() || step == frame.current()) {
            return;
        }
        if (isNext()) {
            frame.next(); // the page may refuse (and say why) or start the check, as with the Next button
        } else {
            frame.goTo(step);
        }
    }

    /**
     * Earlier pages are always reachable; the next input page when Next may be pressed; the check pages once a
     * check has started (never by the list alone: Start on the settings page starts it).
     */
    private boolean reachable() {
        WizardStep now = frame.current();
        return now != null && (step.ordinal() <= now.ordinal() || (isNext() && step.asks() && frame.nextAllowed())
                || (!step.asks() && session.state() != CheckSession.State.IDLE));
    }

    private boolean isNext() {
        WizardStep now = frame.current();
        return now != null && now.next().filter(step::equals).isPresent();
    }

    HBox root() {
        return root;
    }

    void refresh() {
        StatusLook look = look();
        String number = String.valueOf(step.ordinal() + 1);
        glyph.setText(look == null ? number : Glyphs.glyph(look));
        StatusLook.apply(glyph, look);
        boolean isCurrent = step == frame.current();
        root.pseudoClassStateChanged(CURRENT, isCurrent);
        root.pseudoClassStateChanged(REACHABLE, reachable() && !isCurrent);
        // the list is one Tab stop, at the current step; the arrow keys move within it
        root.setFocusTraversable(isCurrent);
        root.setAccessibleText(messages.format("wizard.stepItem", number, step.title(messages),
                Glyphs.spoken(look, messages)));
    }

    private StatusLook look() {
        if (step.check().isPresent()) {
            StepResult result = session.stepProperty(step.check().get()).get();
            return result.look();
        }
        if (step == WizardStep.RESULTS) {
            if (session.state() == CheckSession.State.RUNNING) {
                return StatusLook.RUNNING;
            }
            CheckOutcome outcome = session.outcomeProperty().get();
            if (outcome == null) {
                return null;
            }
            return switch (outcome.verdict()) {
                case CAN_SEND -> StatusLook.OK;
                case PROBLEM -> StatusLook.PROBLEM;
                case INCOMPLETE -> StatusLook.WARNING;
            };
        }
        return null;
    }
}
