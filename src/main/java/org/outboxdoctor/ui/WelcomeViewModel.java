package org.outboxdoctor.ui;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * State of the Welcome page, free of nodes so it can be tested without a window.
 *
 * <p>The address and the error message live in the shared {@link CheckForm}, in memory only; they are never
 * written anywhere. This model adds what only this page needs: whether Next may be pressed, and a gentle hint
 * while the address is not (yet) complete.
 */
public final class WelcomeViewModel {

    private final Messages messages;
    private final CheckForm form;
    private final ReadOnlyStringWrapper emailHint = new ReadOnlyStringWrapper(this, "emailHint", "");
    private final BooleanBinding canGoNext;

    public WelcomeViewModel(Messages messages, CheckForm form) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.form = Objects.requireNonNull(form, "form");
        emailHint.bind(Bindings.createStringBinding(
                () -> isBadAddress(form.emailProperty().get()) ? invalidEmailText() : "", form.emailProperty()));
        canGoNext = Bindings.createBooleanBinding(() -> form.emailValidProperty().get()
                && !isBadAddress(form.fromProperty().get()), form.emailValidProperty(), form.fromProperty());
    }

    /** The explanation shown for a sender address that is not one. */
    public String invalidFromText() {
        return messages.get("welcome.from.invalid");
    }

    /** The address as typed. */
    public StringProperty emailProperty() {
        return form.emailProperty();
    }

    /** The error message the user saw (optional). */
    public StringProperty problemProperty() {
        return form.problemProperty();
    }

    /** The address the mail program sends from when it is another one (an alias); blank for the address itself. */
    public StringProperty fromProperty() {
        return form.fromProperty();
    }

    /** True while the address looks complete, and the other sender address (if any) too, so Next may be pressed. */
    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    /** A gentle hint while something is typed that is not (yet) an address; empty otherwise. */
    public ReadOnlyStringProperty emailHintProperty() {
        return emailHint.getReadOnlyProperty();
    }

    /** True for text that is there but does not look like an address (empty text is not "bad", just unfinished). */
    public boolean isBadAddress(String text) {
        return text != null && !text.isBlank() && !EmailAddressCheck.looksValid(text);
    }

    /** The explanation shown for a bad address (hint and validation decoration). */
    public String invalidEmailText() {
        return messages.get("welcome.email.invalid");
    }
}
