package org.outboxdoctor.ui;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the Welcome page, free of nodes so it can be tested without a window.
 *
 * <p>The controller binds the email field to {@link #emailProperty()}, the button to {@link #canCheckProperty()}
 * and the message area to {@link #statusTextProperty()} / {@link #statusLookProperty()}. The address only lives
 * here, in memory; it is never written anywhere.
 */
public final class WelcomeViewModel {

    private final Messages messages;

    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper(this, "canCheck");
    private final ReadOnlyStringWrapper emailHint = new ReadOnlyStringWrapper(this, "emailHint", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyObjectWrapper<StatusLook> statusLook = new ReadOnlyObjectWrapper<>(this, "statusLook");

    public WelcomeViewModel(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        canCheck.bind(Bindings.createBooleanBinding(() -> EmailAddressCheck.looksValid(email.get()), email));
        emailHint.bind(Bindings.createStringBinding(
                () -> isBadAddress(email.get()) ? invalidEmailText() : "", email));
        // an answer about one address must not stay on screen for another
        email.addListener((observable, before, now) -> clearStatus());
    }

    /** The address as typed. */
    public StringProperty emailProperty() {
        return email;
    }

    /** True while the address looks complete, so "Check my email" may run. */
    public ReadOnlyBooleanProperty canCheckProperty() {
        return canCheck.getReadOnlyProperty();
    }

    /** A gentle hint while something is typed that is not (yet) an address; empty otherwise. */
    public ReadOnlyStringProperty emailHintProperty() {
        return emailHint.getReadOnlyProperty();
    }

    /** The answer to show under the form; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** How the answer looks; {@code null} while there is none. */
    public ReadOnlyObjectProperty<StatusLook> statusLookProperty() {
        return statusLook.getReadOnlyProperty();
    }

    /** True for text that is there but does not look like an address (empty text is not "bad", just unfinished). */
    public boolean isBadAddress(String text) {
        return text != null && !text.isBlank() && !EmailAddressCheck.looksValid(text);
    }

    /** The explanation shown for a bad address (hint and validation decoration). */
    public String invalidEmailText() {
        return messages.get("welcome.email.invalid");
    }

    /** "Check my email": for now only says that the guided check is coming. Does nothing for a bad address. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        statusLook.set(StatusLook.INFO);
        statusText.set(messages.get("welcome.comingSoon"));
    }

    private void clearStatus() {
        statusText.set("");
        statusLook.set(null);
    }
}
