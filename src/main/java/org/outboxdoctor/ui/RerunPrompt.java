package org.outboxdoctor.ui;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The polite re-run warning of a page that starts checks ("You checked this server a moment ago… Run anyway / Not
 * now"): one box with its text and its "Run anyway" button, shown in view with the focus on that button.
 */
final class RerunPrompt {
    private final VBox box;
    private final Label text;
    private final Button runAnyway;
    private final Messages messages;

    RerunPrompt(VBox box, Label text, Button runAnyway, Messages messages) {
        this.box = box;
        this.text = text;
        this.runAnyway = runAnyway;
        this.messages = messages;
        hide();
    }

    /** Shows the session's warning when it has one; true when it did, and the check must wait for the answer. */
    boolean askFirst(CheckSession session) {
        Optional<RunGate.Warning> warning = session.rerunWarning();
        if (warning.isEmpty()) {
            return false;
        }
        text.setText(RunGate.text(warning.get(), messages));
        StatusLook.apply(box, StatusLook.WARNING);
        Shown.set(box, true);
        FocusScroller.showAppeared(box, runAnyway);
        return true;
    }

    void hide() {
        Shown.set(box, false);
    }
}
