package org.outboxdoctor.ui;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Controller of {@code account.fxml} (step 2): the password with Show/Hide, the user name (the address
 * unless the user types another), and "Which mail program do you use?" (the wizard asks it here only). Next is bound to a non-empty password; an empty password is flagged once
 * the user has left the field or tried to go on.
 */
public final class AccountController implements WizardPage {

    private final CheckForm form;
    private final MailProgramChoice program;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    /** The user has been in the password field and left it (or pressed Next): only then is "empty" an error. */
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched");

    @FXML
    private Label passwordLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private TextField passwordShown;
    @FXML
    private ToggleButton showPassword;
    @FXML
    private Label passwordHint;
    @FXML
    private Label usernameLabel;
    @FXML
    private TextField usernameField;
    @FXML
    private Label mailProgramLabel;
    @FXML
    private ComboBox<MailProgramChoice.Item> mailProgramBox;

    public AccountController(CheckForm form, MailProgramChoice program, Messages messages) {
        this.form = Objects.requireNonNull(form, "form");
        this.program = Objects.requireNonNull(program, "program");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        passwordLabel.setLabelFor(passwordField);
        usernameLabel.setLabelFor(usernameField);
        passwordField.textProperty().bindBidirectional(form.passwordProperty());
        passwordShown.textProperty().bindBidirectional(form.passwordProperty());
        usernameField.textProperty().bindBidirectional(form.usernameProperty());
        usernameField.promptTextProperty().bind(form.emailProperty());
        mailProgramLabel.setLabelFor(mailProgramBox);
        mailProgramBox.setAccessibleText(messages.get("mailProgram.question"));
        program.bind(mailProgramBox, messages);

        // Show / Hide: the plain field takes the place (and the focus) of the masked one
        passwordShown.visibleProperty().bind(showPassword.selectedProperty());
        passwordField.visibleProperty().bind(showPassword.selectedProperty().not());
        showPassword.textProperty().bind(Bindings.when(showPassword.selectedProperty())
                .then(messages.get("account.password.hide")).otherwise(messages.get("account.password.show")));
        showPassword.accessibleTextProperty().bind(Bindings.when(showPassword.selectedProperty())
                .then(messages.get("account.password.hideHelp")).otherwise(messages.get("account.password.showHelp")));
        showPassword.selectedProperty().addListener((observable, before, shown) -> {
            TextField visible = shown ? passwordShown : passwordField;
            visible.requestFocus();
            visible.end();
        });
        passwordShown.setAccessibleText(messages.get("account.password.label"));
        // a shown password must not outlive the account it belongs to (screen sharing): a new address hides it
        form.emailProperty().addListener((observable, before, now) -> showPassword.setSelected(false));

        passwordField.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused && !showPassword.isFocused() && !passwordShown.isFocused()) {
                touched.set(true);
            }
        });
        BooleanBinding missing = form.passwordGivenProperty().not().and(touched);
        passwordHint.textProperty().bind(Bindings.when(missing)
                .then(messages.get("account.password.empty")).otherwise(messages.get("account.password.hint")));
        passwordHint.pseudoClassStateChanged(StatusLook.PROBLEM.pseudoClass(), false);
        missing.addListener((observable, before, now) -> StatusLook.apply(passwordHint, now ? StatusLook.PROBLEM : null));

        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(passwordField, false, Validator.createPredicateValidator(
                (String text) -> !touched.get() || (text != null && !text.isEmpty()), messages.get("account.password.empty")));
        // ValidationSupport shows errors only after the value changed; an untouched empty field never changes, so
        // once the user has left it, re-run the check and allow the decoration explicitly
        touched.addListener((observable, before, now) -> {
            validation.revalidate();
            validation.initInitialDecoration();
        });
    }

    @Override
    public ObservableBooleanValue canGoNextProperty() {
        return form.passwordGivenProperty();
    }

    @Override
    public boolean beforeNext() {
        touched.set(true);
        return form.passwordGivenProperty().get();
    }

    /** Every visit starts masked: Show is a moment's look, never a setting that carries on. */
    @Override
    public void shown() {
        showPassword.setSelected(false);
    }

    @Override
    public void focusFirstField() {
        (showPassword.isSelected() ? passwordShown : passwordField).requestFocus();
    }
}
