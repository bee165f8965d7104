package org.outboxdoctor.ui;

import javafx.scene.Node;

/** Shows or hides a node together with the room it takes, so a hidden line leaves no gap in the page. */
final class Shown {
    private Shown() {
    }

    static void set(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
