package org.outboxdoctor.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;

/**
 * Turns off the bitmap cache that JavaFX's scroll panes keep of their visible area (a page, a transcript).
 *
 * <p>A cached node is drawn into an off-screen bitmap and copied from there; any change inside, a caret blink
 * included, draws the whole visible area again. Without a graphics card (software rendering: virtual machines,
 * remote desktops) that cost the first page 40% more CPU while the user only looks at it, and every page that had
 * been shown kept a window-sized bitmap (~2 MB) on the Java heap. The pages scroll rarely and draw quickly.
 */
final class ViewportCaching {

    private static final String VIEWPORT_STYLE_CLASS = "viewport";

    private ViewportCaching() {
    }

    /**
     * Turns the cache off in every scroll pane in {@code root} and below (titled panes' contents included), also in
     * those that text areas make for themselves: now where the skin exists, otherwise as soon as JavaFX creates it.
     */
    static void turnOff(Node root) {
        if (root instanceof ScrollPane scroll) {
            whenSkinned(scroll, () -> scroll.getChildrenUnmodifiable().stream()
                    .filter(child -> child.getStyleClass().contains(VIEWPORT_STYLE_CLASS))
                    .forEach(viewport -> viewport.setCache(false)));
            if (scroll.getContent() != null) {
                turnOff(scroll.getContent());
            }
        } else if (root instanceof TitledPane titled) {
            // its content joins the children only with the skin
            if (titled.getContent() != null) {
                turnOff(titled.getContent());
            }
        } else if (root instanceof TextArea area) {
            whenSkinned(area, () -> area.getChildrenUnmodifiable().forEach(ViewportCaching::turnOff));
        } else if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ViewportCaching::turnOff);
        }
    }

    private static void whenSkinned(Control control, Runnable action) {
        if (control.getSkin() != null) {
            action.run();
        }
        control.skinProperty().addListener((observable, before, now) -> {
            if (now != null) {
                action.run();
            }
        });
    }
}
