package org.outboxdoctor.ui;

import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;

/** The answer page's copy buttons: an icon (their accessibleText says which setting), and the clipboard. */
final class CopyButtons {

    private CopyButtons() {
    }

    /** Each button copies its label's text and then tells {@code copied} what it copied. */
    static void wire(Button[] buttons, Label[] values, Consumer<String> copied) {
        for (int i = 0; i < buttons.length; i++) {
            Button copy = buttons[i];
            Label value = values[i];
            copy.setOnAction(event -> {
                putOnClipboard(value.getText());
                copied.accept(value.getText());
            });
            Region icon = new Region();
            icon.getStyleClass().add("copy-icon");
            copy.setGraphic(icon);
            copy.setTooltip(new Tooltip(copy.getAccessibleText()));
        }
    }

    static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
