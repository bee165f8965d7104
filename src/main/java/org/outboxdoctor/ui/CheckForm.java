package org.outboxdoctor.ui;

import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.RawSettings;
import org.outboxdoctor.settings.SettingsReader;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.settings.ServerInput;

/**
 * Everything the user types into the first three pages (address, password, the mail program's current
 * outgoing settings), shared by those pages, and the one place that turns it into an engine request, with
 * the same defaults as {@code outbox-doctor check}: server {@code mail.<domain>}, port 587, the port's own
 * security, user name = address, login on.
 *
 * <p>Nothing here is ever written anywhere. The password is held by the password field as JavaFX keeps it
 * (a {@code String}; the toolkit offers nothing else); each run gets its own {@code char[]} copy in a
 * {@link Secret}, which the run wipes when it ends, and {@link #forgetPassword()} empties the field when the
 * window closes.
 */
public final class CheckForm {

    /** What the user says the mail program uses for security; "I don't know" takes the port's own. */
    public enum SecurityChoice {
        DONT_KNOW, STARTTLS, TLS, NONE;

        Optional<Security> security() {
            return switch (this) {
                case DONT_KNOW -> Optional.empty();
                case STARTTLS -> Optional.of(Security.STARTTLS);
                case TLS -> Optional.of(Security.TLS);
                case NONE -> Optional.of(Security.NONE);
            };
        }

        /** The word {@code check --security} takes for this choice; empty for "I don't know". */
        public Optional<String> securityWord() {
            return security().map(Security::word);
        }
    }

    /** Whether the mail program logs in to send; "I don't know" checks with a login, as nearly all providers need. */
    public enum AuthChoice { YES, NO, DONT_KNOW }

    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final ObjectProperty<SecurityChoice> security = new SimpleObjectProperty<>(this, "security", SecurityChoice.DONT_KNOW);
    private final ObjectProperty<AuthChoice> auth = new SimpleObjectProperty<>(this, "auth", AuthChoice.DONT_KNOW);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    private final BooleanBinding emailValid;
    private final BooleanBinding passwordGiven;
    private final BooleanBinding serverValid;
    private final BooleanBinding portValid;

    public CheckForm() {
        emailValid = Bindings.createBooleanBinding(() -> EmailAddressCheck.looksValid(email.get()), email);
        passwordGiven = Bindings.createBooleanBinding(() -> !password.get().isEmpty(), password);
        serverValid = Bindings.createBooleanBinding(() -> serverLooksValid(server.get()), server);
        portValid = Bindings.createBooleanBinding(() -> portLooksValid(port.get()), port);

        // the user name follows the address until the user types a different one
        email.addListener((observable, before, now) -> {
            String current = username.get();
            if (current.isEmpty() || current.equals(before)) {
                username.set(now);
            }
        });
        for (Observable input : new Observable[] {email, from, username, password, server, port, security, auth}) {
            input.addListener(changed -> revision.set(revision.get() + 1));
        }
    }

    public StringProperty emailProperty() {
        return email;
    }

    /** The error message the user saw, as they remember it (optional; goes into the copied report). */
    public StringProperty problemProperty() {
        return problem;
    }

    /** The address the mail program sends from, when it is not the login's own (an alias); blank when the same. */
    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<SecurityChoice> securityProperty() {
        return security;
    }

    public ObjectProperty<AuthChoice> authProperty() {
        return auth;
    }

    /** Grows on every change of an input that shapes the check, so a page can tell "same as last run". */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public BooleanBinding emailValidProperty() {
        return emailValid;
    }

    public BooleanBinding passwordGivenProperty() {
        return passwordGiven;
    }

    public BooleanBinding serverValidProperty() {
        return serverValid;
    }

    public BooleanBinding portValidProperty() {
        return portValid;
    }

    /** True when everything needed for a check is there and well-formed. */
    public boolean complete() {
        return emailValid.get() && passwordGiven.get() && serverValid.get() && portValid.get();
    }

    /** The server tried when the field is empty: {@code mail.<domain>} (empty while the address is incomplete). */
    public String defaultServer() {
        try {
            return "mail." + EmailAddress.parse(email.get()).domain();
        } catch (InvalidSettingException e) {
            return "";
        }
    }

    /** Empties the password field (window closed, or starting over). */
    public void forgetPassword() {
        password.set("");
    }

    /** Blank is fine ("I don't know"); otherwise what {@link ServerInput#parse} accepts, "smtp://host:587" included. */
    public static boolean serverLooksValid(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            ServerInput.parse(text);
            return true;
        } catch (InvalidSettingException e) {
            return false;
        }
    }

    /** Blank is fine ("I don't know"); otherwise a port number from 1 to 65535. */
    public static boolean portLooksValid(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            SettingsReader.port(text);
            return true;
        } catch (InvalidSettingException e) {
            return false;
        }
    }

    /**
     * The engine request for what is typed now, with its own copy of the password. The caller owns the
     * returned {@link Secret} (inside the request's account) and must close it when the run ends.
     *
     * @throws InvalidSettingException when the input is not complete; pages keep Next disabled until it is
     */
    public CheckRequest request(CheckOptions options) {
        return request(options, false);
    }

    /**
     * Like {@link #request(CheckOptions)}; with {@code sendTestMessage} the run also sends a short test message
     * to the user's own address and looks for it in the inbox, built as {@code check --send-test} builds it
     * (the option and the account both say so).
     */
    public CheckRequest request(CheckOptions options, boolean sendTestMessage) {
        if (password.get().isEmpty()) {
            throw InvalidSettingException.of("problem.cli.passwordEmpty");
        }
        String securityWord = security.get().securityWord().orElse("");
        RawSettings raw = new RawSettings(email.get(), username.get(), server.get(), port.get(), securityWord,
                auth.get() != AuthChoice.NO, from.get());
        MailSettings settings = SettingsReader.read(raw, options.profile().map(id -> ProviderCatalog.load().require(id)));
        Secret secret = Secret.of(password.get().toCharArray());
        Account account = new Account(settings.address().toString(), settings.username(), secret,
                Account.DEFAULT_RELAY_RECIPIENT, false, 0, sendTestMessage, settings.from().toString());
        CheckOptions runOptions = options.sendTest() == sendTestMessage ? options
                : options.toBuilder().sendTest(sendTestMessage).build();
        return new CheckRequest(settings, account, runOptions);
    }
}
