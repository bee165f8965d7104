package org.outboxdoctor.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;

/**
 * The status symbols (✓ ⚠ ✗ ℹ ?) and their spoken names. A symbol is never the only carrier of meaning: each
 * glyph label gets the spoken name as accessible text, and every status also has a sentence next to it.
 */
final class Glyphs {

    private Glyphs() {
    }

    static String glyph(StatusLook look) {
        if (look == null) {
            return "○";
        }
        return switch (look) {
            case RUNNING -> "…";
            case OK -> "✓";
            case INFO -> "ℹ";
            case UNKNOWN -> "?";
            case WARNING -> "⚠";
            case PROBLEM -> "✗";
        };
    }

    static String spoken(StatusLook look, Messages messages) {
        if (look == null) {
            return messages.get("look.waiting");
        }
        return switch (look) {
            case RUNNING -> messages.get("look.running");
            case OK -> messages.get("look.ok");
            case INFO -> messages.get("look.info");
            case UNKNOWN -> messages.get("look.unknown");
            case WARNING -> messages.get("look.warning");
            case PROBLEM -> messages.get("look.problem");
        };
    }

    /** A label showing {@code look}'s symbol in its colour, with its spoken name for screen readers. */
    static Label label(StatusLook look, Messages messages) {
        Label glyph = new Label();
        glyph.getStyleClass().add("status-glyph");
        glyph.setAccessibleRole(AccessibleRole.TEXT);
        glyph.setMinWidth(Label.USE_PREF_SIZE);
        update(glyph, look, messages);
        return glyph;
    }

    static void update(Label glyph, StatusLook look, Messages messages) {
        glyph.setText(glyph(look));
        glyph.setAccessibleText(spoken(look, messages));
        StatusLook.apply(glyph, look);
    }
}
