package org.outboxdoctor.ui;

import javafx.scene.Parent;

/**
 * A page as {@link ViewFactory} loaded it: its root node and its controller.
 *
 * @param <C> controller type
 */
public record LoadedView<C>(FxmlView view, Parent root, C controller) {
}
