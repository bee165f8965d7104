package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The Welcome page's state without any window (JavaFX properties need no toolkit). */
class WelcomeViewModelTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final WelcomeViewModel viewModel = new WelcomeViewModel(messages);

    @Test
    void emptyAddressCannotBeCheckedButIsNotFlagged() {
        assertFalse(viewModel.canCheckProperty().get());
        assertEquals("", viewModel.emailHintProperty().get());
    }

    @Test
    void incompleteAddressIsFlaggedWithAHint() {
        viewModel.emailProperty().set("alice@example");
        assertFalse(viewModel.canCheckProperty().get());
        assertEquals(messages.get("welcome.email.invalid"), viewModel.emailHintProperty().get());
    }

    @Test
    void completeAddressCanBeChecked() {
        viewModel.emailProperty().set("alice@example.org");
        assertTrue(viewModel.canCheckProperty().get());
        assertEquals("", viewModel.emailHintProperty().get());
    }

    @Test
    void checkSaysTheGuidedCheckIsComing() {
        viewModel.emailProperty().set("alice@example.org");
        viewModel.check();
        assertEquals(messages.get("welcome.comingSoon"), viewModel.statusTextProperty().get());
        assertEquals(StatusLook.INFO, viewModel.statusLookProperty().get());
    }

    @Test
    void checkDoesNothingForABadAddress() {
        viewModel.emailProperty().set("alice@");
        viewModel.check();
        assertEquals("", viewModel.statusTextProperty().get());
        assertNull(viewModel.statusLookProperty().get());
    }

    @Test
    void editingTheAddressClearsTheAnswer() {
        viewModel.emailProperty().set("alice@example.org");
        viewModel.check();
        viewModel.emailProperty().set("bob@example.org");
        assertEquals("", viewModel.statusTextProperty().get());
        assertNull(viewModel.statusLookProperty().get());
    }
}
