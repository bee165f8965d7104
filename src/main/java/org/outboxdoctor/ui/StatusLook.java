package org.outboxdoctor.ui;

import java.util.Locale;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * How a status or finding looks. Severity is shown only through CSS pseudo-classes
 * ({@code :running}, {@code :ok}, {@code :info}, {@code :warning}, {@code :problem}); the colours are the
 * named colours {@code -od-ok}, {@code -od-warning} and so on in {@code outbox-doctor.css}.
 *
 * <p>UI-local for now: once the diagnosis package has its {@code Severity}, map it to a look here
 * (ok→OK, info→INFO, warning→WARNING, problem→PROBLEM; RUNNING is the UI's own "still checking").
 */
public enum StatusLook {
    RUNNING, OK, INFO, WARNING, PROBLEM;

    private final PseudoClass pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(Locale.ROOT));

    public PseudoClass pseudoClass() {
        return pseudoClass;
    }

    /** Sets exactly this look's pseudo-class on {@code node}; {@code look == null} clears them all. */
    public static void apply(Node node, StatusLook look) {
        for (StatusLook each : values()) {
            node.pseudoClassStateChanged(each.pseudoClass, each == look);
        }
    }

    /** Keeps {@code node}'s pseudo-class in step with {@code look}. */
    public static void bind(Node node, ObservableValue<StatusLook> look) {
        apply(node, look.getValue());
        look.addListener((observable, before, now) -> apply(node, now));
    }
}
