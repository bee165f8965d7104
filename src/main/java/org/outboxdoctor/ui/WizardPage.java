package org.outboxdoctor.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the wizard frame needs from a page controller. The frame owns Back, Next and Cancel; a page only says
 * whether Next may be pressed and may act (or refuse) when it is.
 */
public interface WizardPage extends MainWindow.Page {

    /** Next is enabled exactly while this is true (bound, so it follows the input as the user types). */
    default ObservableBooleanValue canGoNextProperty() {
        return Bindings.createBooleanBinding(() -> true);
    }

    /** Called when Next is pressed and allowed; return false to stay on the page (it then says why). */
    default boolean beforeNext() {
        return true;
    }

    /** Called each time the page is shown, after it is in the scene. */
    default void shown() {
    }

    /** Called once, before the page is first shown, with the frame that shows it. */
    default void attach(WizardNavigator navigator) {
    }

    /** Moves the wizard; implemented by the frame. */
    interface WizardNavigator {
        void goTo(WizardStep step);

        /** Shows the practice scenario picker in the page area (it is not one of the steps). */
        default void showPracticePicker() {
        }
    }
}
