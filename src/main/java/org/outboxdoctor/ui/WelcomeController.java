package org.outboxdoctor.ui;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Controller of {@code welcome.fxml}. Built by {@link ViewFactory} with its view model and the shared
 * {@link AppearanceModel}; it only binds nodes to them.
 */
public final class WelcomeController implements MainWindow.Page {

    private final WelcomeViewModel viewModel;
    private final AppearanceModel appearance;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML
    private Label emailLabel;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailHint;
    @FXML
    private Button checkButton;
    @FXML
    private Label statusMessage;
    @FXML
    private ToggleSwitch largeTextSwitch;

    public WelcomeController(WelcomeViewModel viewModel, AppearanceModel appearance) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.appearance = Objects.requireNonNull(appearance, "appearance");
    }

    @FXML
    private void initialize() {
        emailLabel.setLabelFor(emailField);
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        checkButton.disableProperty().bind(viewModel.canCheckProperty().not());

        // red outline (style class "error"); the explanation is the visible hint below the field, not a tooltip
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(emailField, false,
                Validator.createPredicateValidator((String text) -> !viewModel.isBadAddress(text),
                        viewModel.invalidEmailText()));

        statusMessage.textProperty().bind(viewModel.statusTextProperty());
        StatusLook.bind(statusMessage, viewModel.statusLookProperty());
        showOnlyWithText(statusMessage);

        // the hint keeps its line while hidden (a blank text is one line high), so the form does not jump
        // while the user types; an answer below the form takes that place (hint and answer never show together)
        StringExpression hint = viewModel.emailHintProperty();
        emailHint.textProperty().bind(Bindings.when(hint.isEmpty()).then(" ").otherwise(hint));
        emailHint.visibleProperty().bind(hint.isNotEmpty());
        emailHint.managedProperty().bind(emailHint.visibleProperty().or(statusMessage.visibleProperty().not()));

        // ToggleSwitchSkin toggles on Space and on a click on the switch itself
        largeTextSwitch.selectedProperty().bindBidirectional(appearance.largeTextProperty());
    }

    /** Enter in the address field: same as the button, and only when the button is enabled. */
    @FXML
    private void checkFromField() {
        checkButton.fire();
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @Override
    public void focusFirstField() {
        emailField.requestFocus();
    }

    private static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
