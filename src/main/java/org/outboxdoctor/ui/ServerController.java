package org.outboxdoctor.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.outboxdoctor.mailprograms.FoundAccount;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.ui.CheckForm.AuthChoice;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;

/**
 * Controller of {@code server.fxml} (step 3): the outgoing settings the mail program uses now. Every field may
 * be left as "I don't know". It starts with the accounts found in the mail programs on this computer (one click fills
 * the fields; hidden when none was found), and marks the fields filled from the error message of step 1. Next starts the check (unless one is already going or done for exactly these
 * inputs); when the last run was moments ago, it first warns that providers ban addresses that connect too often.
 */
public final class ServerController implements WizardPage {

    private final CheckSession session;
    private final CheckForm form;
    private final Messages messages;
    private final ErrorMessageFill errorMessage;
    private final FoundAccounts foundAccounts;
    private final ValidationSupport validation = new ValidationSupport();
    private final BooleanBinding complete;
    private WizardNavigator navigator;
    private String failure = "";
    private boolean accountsDismissed;

    @FXML
    private VBox accountsBox;
    @FXML
    private VBox accountsList;
    @FXML
    private Label accountChosen;
    @FXML
    private Label statusMessage;
    @FXML
    private Label serverFromError;
    @FXML
    private Label portFromError;
    @FXML
    private Label securityFromError;
    @FXML
    private Label serverLabel;
    @FXML
    private TextField serverField;
    @FXML
    private Label serverHint;
    @FXML
    private Label portLabel;
    @FXML
    private TextField portField;
    @FXML
    private Label portHint;
    @FXML
    private Label securityLabel;
    @FXML
    private ComboBox<SecurityChoice> securityBox;
    @FXML
    private Label authLabel;
    @FXML
    private ComboBox<AuthChoice> authBox;
    @FXML
    private VBox rerunBox;
    @FXML
    private Label rerunText;
    @FXML
    private Button runAnywayButton;
    @FXML
    private Button notNowButton;

    private RerunPrompt rerun;

    public ServerController(CheckSession session, Messages messages, ErrorMessageFill errorMessage, FoundAccounts foundAccounts) {
        this.session = Objects.requireNonNull(session, "session");
        this.form = session.form();
        this.messages = Objects.requireNonNull(messages, "messages");
        this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
        this.foundAccounts = Objects.requireNonNull(foundAccounts, "foundAccounts");
        this.complete = form.emailValidProperty().and(form.passwordGivenProperty())
                .and(form.serverValidProperty()).and(form.portValidProperty());
    }

    @FXML
    private void initialize() {
        serverLabel.setLabelFor(serverField);
        portLabel.setLabelFor(portField);
        securityLabel.setLabelFor(securityBox);
        authLabel.setLabelFor(authBox);

        serverField.textProperty().bindBidirectional(form.serverProperty());
        serverField.promptTextProperty().bind(Bindings.createStringBinding(form::defaultServer, form.emailProperty()));
        serverHint.textProperty().bind(Bindings.createStringBinding(() -> form.serverValidProperty().get()
                        ? messages.format("server.host.hint", form.defaultServer())
                        : messages.get("server.host.invalid"),
                form.serverValidProperty(), form.emailProperty()));
        form.serverValidProperty().addListener((observable, before, valid) ->
                StatusLook.apply(serverHint, valid ? null : StatusLook.PROBLEM));

        portField.textProperty().bindBidirectional(form.portProperty());
        portHint.textProperty().bind(Bindings.when(form.portValidProperty())
                .then(messages.get("server.port.hint")).otherwise(messages.get("server.port.invalid")));
        form.portValidProperty().addListener((observable, before, valid) ->
                StatusLook.apply(portHint, valid ? null : StatusLook.PROBLEM));

        securityBox.setItems(FXCollections.observableArrayList(SecurityChoice.values()));
        securityBox.setConverter(converter(this::securityText));
        securityBox.valueProperty().bindBidirectional(form.securityProperty());
        authBox.setItems(FXCollections.observableArrayList(AuthChoice.values()));
        authBox.setConverter(converter(this::authText));
        authBox.valueProperty().bindBidirectional(form.authProperty());
        rerun = new RerunPrompt(rerunBox, rerunText, runAnywayButton, messages);

        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(serverField, false, Validator.createPredicateValidator(
                (String text) -> CheckForm.serverLooksValid(text), messages.get("server.host.invalid")));
        validation.registerValidator(portField, false, Validator.createPredicateValidator(
                (String text) -> CheckForm.portLooksValid(text), messages.get("server.port.invalid")));

        showWhenTrue(serverFromError, errorMessage.serverFromMessageProperty());
        showWhenTrue(portFromError, errorMessage.portFromMessageProperty());
        showWhenTrue(securityFromError, errorMessage.securityFromMessageProperty());
        showAccounts();
        foundAccounts.accounts().addListener((javafx.collections.ListChangeListener<FoundAccount>) change -> showAccounts());
        foundAccounts.load();

        Shown.set(accountChosen, false);
        hideRerunWarning();
        updateStatus();
        session.stateProperty().addListener((observable, before, now) -> updateStatus());
        form.revisionProperty().addListener((observable, before, now) -> {
            failure = "";
            updateStatus();
        });
    }

    @Override
    public void attach(WizardNavigator wizard) {
        this.navigator = wizard;
    }

    @Override
    public ObservableBooleanValue canGoNextProperty() {
        return complete;
    }

    /** Starts the check, or says why not yet; the wizard moves on to the first live check when this is true. */
    @Override
    public boolean beforeNext() {
        if (session.upToDate()) {
            return true;
        }
        return !rerun.askFirst(session) && start();
    }

    @Override
    public void shown() {
        hideRerunWarning();
        updateStatus();
    }

    @FXML
    private void runAnyway() {
        hideRerunWarning();
        if (start() && navigator != null) {
            navigator.goTo(WizardStep.CHECK_PASSWORD);
        }
    }

    /** "None of these": the list goes away and the fields stay as they are, to fill in by hand. */
    @FXML
    private void noneOfThese() {
        accountsDismissed = true;
        showAccounts();
        serverField.requestFocus();
    }

    private void showAccounts() {
        List<FoundAccount> accounts = foundAccounts.accounts();
        boolean shown = !accounts.isEmpty() && !accountsDismissed;
        Shown.set(accountsBox, shown);
        List<Button> buttons = new ArrayList<>();
        for (FoundAccount account : accounts) {
            Button button = new Button(FoundAccountText.describe(account, messages));
            button.setId("account-" + buttons.size());
            button.getStyleClass().addAll("secondary", "found-account");
            button.setWrapText(true);
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> {
                foundAccounts.choose(account);
                accountChosen.setText(messages.format("server.found.chosen", account.program().displayName(), account.address()));
                Shown.set(accountChosen, true);
            });
            buttons.add(button);
        }
        accountsList.getChildren().setAll(buttons);
    }

    private static void showWhenTrue(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    private void notNow() {
        hideRerunWarning();
        serverField.requestFocus();
    }

    private boolean start() {
        try {
            session.start();
            failure = "";
            return true;
        } catch (InvalidSettingException e) {
            failure = e.message(messages.language());
            updateStatus();
            return false;
        }
    }

    private void hideRerunWarning() {
        rerun.hide();
    }

    private void updateStatus() {
        String text;
        StatusLook look;
        if (!failure.isEmpty()) {
            text = failure;
            look = StatusLook.PROBLEM;
        } else if (session.state() == CheckSession.State.CANCELLED) {
            text = messages.get("wizard.cancelled");
            look = StatusLook.INFO;
        } else {
            text = "";
            look = null;
        }
        statusMessage.setText(text);
        StatusLook.apply(statusMessage, look);
        Shown.set(statusMessage, !text.isEmpty());
    }

    private String securityText(SecurityChoice choice) {
        return switch (choice) {
            case DONT_KNOW -> messages.get("server.security.dontKnow");
            case STARTTLS -> messages.get("server.security.starttls");
            case TLS -> messages.get("server.security.tls");
            case NONE -> messages.get("server.security.none");
        };
    }

    private String authText(AuthChoice choice) {
        return switch (choice) {
            case YES -> messages.get("server.auth.yes");
            case NO -> messages.get("server.auth.no");
            case DONT_KNOW -> messages.get("server.auth.dontKnow");
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("the choice lists are not editable");
            }
        };
    }

    @Override
    public void focusFirstField() {
        serverField.requestFocus();
    }
}
