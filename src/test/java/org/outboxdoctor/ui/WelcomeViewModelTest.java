package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The Welcome page's state without any window (JavaFX properties need no toolkit). */
class WelcomeViewModelTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final CheckForm form = new CheckForm();
    private final WelcomeViewModel viewModel = new WelcomeViewModel(messages, form);

    @Test
    void emptyAddressCannotGoOnButIsNotFlagged() {
        assertFalse(viewModel.canGoNextProperty().get());
        assertEquals("", viewModel.emailHintProperty().get());
    }

    @Test
    void incompleteAddressIsFlaggedWithAHint() {
        viewModel.emailProperty().set("alice@example");
        assertFalse(viewModel.canGoNextProperty().get());
        assertEquals(messages.get("welcome.email.invalid"), viewModel.emailHintProperty().get());
    }

    @Test
    void completeAddressCanGoOn() {
        viewModel.emailProperty().set("alice@example.org");
        assertTrue(viewModel.canGoNextProperty().get());
        assertEquals("", viewModel.emailHintProperty().get());
    }

    @Test
    void theAddressAndTheErrorMessageLiveInTheSharedForm() {
        assertSame(form.emailProperty(), viewModel.emailProperty());
        assertSame(form.problemProperty(), viewModel.problemProperty());
    }
}
