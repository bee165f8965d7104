package org.outboxdoctor.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.outboxdoctor.explain.ExplainTexts;
import org.outboxdoctor.explain.Explainer;
import org.outboxdoctor.explain.Explanation;
import org.outboxdoctor.explain.SendingSettings;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;

/**
 * The error message typed or pasted on step 1, explained on the background executor (never the FX thread) each time
 * it changes. What it reveals about sending (server, port, SSL on or off) goes into step 3's fields, but only into a
 * field that is empty or still holds what an earlier message put there: what the user typed stays. A field shows
 * "from your error message" while it holds the message's value; editing it takes the mark away.
 */
final class ErrorMessageFill {

    private static final Logger LOG = Logger.getLogger(ErrorMessageFill.class.getName());

    private final CheckForm form;
    private final Messages messages;
    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper meaning = new ReadOnlyStringWrapper(this, "meaning", "");
    /** What the message put into each field, empty (or null) when it put nothing there. */
    private final StringProperty filledServer = new SimpleStringProperty(this, "filledServer", "");
    private final StringProperty filledPort = new SimpleStringProperty(this, "filledPort", "");
    private final ObjectProperty<SecurityChoice> filledSecurity = new SimpleObjectProperty<>(this, "filledSecurity");
    private final BooleanBinding serverFromMessage;
    private final BooleanBinding portFromMessage;
    private final BooleanBinding securityFromMessage;
    private Explainer explainer;
    private long generation;

    ErrorMessageFill(CheckForm form, Messages messages, Executor background, Executor fxThread) {
        this.form = Objects.requireNonNull(form, "form");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        serverFromMessage = holds(filledServer, form.serverProperty());
        portFromMessage = holds(filledPort, form.portProperty());
        securityFromMessage = Bindings.createBooleanBinding(() -> filledSecurity.get() != null
                && filledSecurity.get() == form.securityProperty().get(), filledSecurity, form.securityProperty());
        form.problemProperty().addListener((observable, before, now) -> explainLater(now));
    }

    /** "Outlook (classic): what it means", or empty while the message is empty or not recognised. */
    ReadOnlyStringProperty meaningProperty() {
        return meaning.getReadOnlyProperty();
    }

    BooleanBinding serverFromMessageProperty() {
        return serverFromMessage;
    }

    BooleanBinding portFromMessageProperty() {
        return portFromMessage;
    }

    BooleanBinding securityFromMessageProperty() {
        return securityFromMessage;
    }

    /** Settings the user chose elsewhere (an account found in a mail program) replace the message's: no marks stay. */
    void forget() {
        filledServer.set("");
        filledPort.set("");
        filledSecurity.set(null);
    }

    private void explainLater(String text) {
        long run = ++generation;
        String message = text == null ? "" : text;
        background.execute(() -> {
            Optional<Explanation> explanation = explain(message);
            fxThread.execute(() -> {
                if (run == generation) {
                    show(explanation);
                }
            });
        });
    }

    private synchronized Optional<Explanation> explain(String text) {
        if (text.isBlank() || text.length() > Explainer.MAX_CHARS) {
            return Optional.empty();
        }
        try {
            if (explainer == null) {
                explainer = Explainer.load(messages.language());
            }
            return Optional.of(explainer.explain(text));
        } catch (RuntimeException e) {
            // a broken catalogue must not cost the user the wizard: the message then only goes into the report
            LOG.log(Level.WARNING, "The error message could not be explained", e);
            return Optional.empty();
        }
    }

    private void show(Optional<Explanation> explanation) {
        Optional<Explanation> known = explanation.filter(Explanation::recognised);
        meaning.set(known.map(e -> messages.format("welcome.problem.meaning",
                ExplainTexts.of(messages.language()).programName(e.program()), e.meaning())).orElse(""));
        SendingSettings sending = known.map(SendingSettings::of).orElse(SendingSettings.NONE);
        fill(form.serverProperty(), filledServer, sending.server().orElse(""));
        fill(form.portProperty(), filledPort, sending.port().map(String::valueOf).orElse(""));
        SecurityChoice security = sending.security().map(ErrorMessageFill::choice).orElse(null);
        SecurityChoice current = form.securityProperty().get();
        if (current == SecurityChoice.DONT_KNOW || current == filledSecurity.get()) {
            form.securityProperty().set(security == null ? SecurityChoice.DONT_KNOW : security);
            filledSecurity.set(security);
        }
    }

    /** Puts the message's value in a field the user has not typed into; an earlier message's value is replaced. */
    private static void fill(StringProperty field, StringProperty filled, String value) {
        String current = field.get();
        if (current.isEmpty() || current.equals(filled.get())) {
            field.set(value);
            filled.set(value);
        }
    }

    private static BooleanBinding holds(StringProperty filled, StringProperty field) {
        return Bindings.createBooleanBinding(() -> !filled.get().isEmpty() && filled.get().equals(field.get()), filled, field);
    }

    static SecurityChoice choice(Security security) {
        return switch (security) {
            case NONE -> SecurityChoice.NONE;
            case STARTTLS -> SecurityChoice.STARTTLS;
            case TLS -> SecurityChoice.TLS;
        };
    }
}
