package org.outboxdoctor.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A label for a sentence built in code: it wraps, takes the width it is given and grows in height rather than cut its
 * text ("…"), which German and larger text would otherwise provoke in a narrow window.
 */
final class WrappingLabel {

    private WrappingLabel() {
    }

    static Label of(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
