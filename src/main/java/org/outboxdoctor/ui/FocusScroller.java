package org.outboxdoctor.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the page so that the node with the keyboard focus is on screen. JavaFX does not do this by itself,
 * so without it Tab would move the focus to buttons below the visible part of a long page.
 */
final class FocusScroller {

    /** Space kept above and below the revealed node, in pixels. */
    private static final double MARGIN = 12;

    private FocusScroller() {
    }

    /**
     * A box that just appeared (a warning with its buttons): lays the window out so that its place is known, gives
     * {@code focus} the focus, and scrolls the whole box into view.
     */
    static void showAppeared(Node box, Node focus) {
        if (box.getScene() != null) {
            box.getScene().getRoot().applyCss();
            box.getScene().getRoot().layout();
        }
        focus.requestFocus();
        reveal(box);
    }

    static void reveal(Node node) {
        if (node == null) {
            return;
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                reveal(scroll, node);
                return;
            }
        }
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double range = scroll.getVmax() - scroll.getVmin();
        double offset = (scroll.getVvalue() - scroll.getVmin()) / range * scrollable;
        double target = offset;
        if (bounds.getMinY() - MARGIN < offset) {
            target = bounds.getMinY() - MARGIN;
        } else if (bounds.getMaxY() + MARGIN > offset + viewport) {
            target = bounds.getMaxY() + MARGIN - viewport;
        }
        target = Math.max(0, Math.min(scrollable, target));
        if (target != offset) {
            scroll.setVvalue(scroll.getVmin() + target / scrollable * range);
        }
    }
}
