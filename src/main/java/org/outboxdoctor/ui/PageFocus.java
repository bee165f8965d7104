package org.outboxdoctor.ui;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The keyboard focus on a page whose buttons a run disables and whose boxes it hides. JavaFX would move a focus
 * that lost its node, a moment later, to the frame's next stop ("Larger text"); this keeps it on the page.
 */
final class PageFocus {

    private PageFocus() {
    }

    /** When the focus is inside {@code page} on a node that can no longer hold it, gives it to {@code instead}. */
    static void keepOn(Node page, Supplier<Node> instead) {
        Scene scene = page.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner != null && inside(owner, page) && !canHoldFocus(owner, page)) {
            instead.get().requestFocus();
        }
    }

    private static boolean inside(Node node, Node page) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }

    private static boolean canHoldFocus(Node node, Node page) {
        for (Node n = node; n != null && n != page; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return !node.isDisabled();
    }
}
