package org.outboxdoctor.ui;

import java.util.Locale;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

import org.outboxdoctor.diagnosis.Severity;

/**
 * How a status or finding looks. Severity is shown only through CSS pseudo-classes
 * ({@code :running}, {@code :ok}, {@code :info}, {@code :unknown}, {@code :warning}, {@code :problem}); the
 * colours are the named colours {@code -od-ok}, {@code -od-warning} and so on in {@code outbox-doctor.css}.
 *
 * <p>{@link #of(Severity)} maps the diagnosis' severities (ok→OK, info→INFO, warning→WARNING,
 * problem→PROBLEM, unknown→UNKNOWN: "could not be checked", such as a blocklist that gave no usable answer);
 * RUNNING is the UI's own "still checking".
 */
public enum StatusLook {
    RUNNING, OK, INFO, UNKNOWN, WARNING, PROBLEM;

    private final PseudoClass pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(Locale.ROOT));

    /** The look of a finding of this severity. */
    public static StatusLook of(Severity severity) {
        return switch (severity) {
            case OK -> OK;
            case UNKNOWN -> UNKNOWN;
            case INFO -> INFO;
            case WARNING -> WARNING;
            case PROBLEM -> PROBLEM;
        };
    }

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
