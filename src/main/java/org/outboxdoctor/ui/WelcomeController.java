package org.outboxdoctor.ui;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Controller of {@code welcome.fxml} (step 1). Built by {@link ViewFactory} with its view model; it only binds
 * nodes to it. Next (in the wizard frame) is bound to a complete address.
 */
public final class WelcomeController implements WizardPage {

    private final WelcomeViewModel viewModel;
    private final ValidationSupport validation = new ValidationSupport();
    private WizardNavigator navigator;

    @FXML
    private Label emailLabel;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailHint;
    @FXML
    private Label problemLabel;
    @FXML
    private TextField problemField;
    @FXML
    private Hyperlink practiceLink;

    public WelcomeController(WelcomeViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        emailLabel.setLabelFor(emailField);
        problemLabel.setLabelFor(problemField);
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        problemField.textProperty().bindBidirectional(viewModel.problemProperty());

        // red outline (style class "error"); the explanation is the visible hint below the field, not a tooltip
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(emailField, false,
                Validator.createPredicateValidator((String text) -> !viewModel.isBadAddress(text),
                        viewModel.invalidEmailText()));

        // the hint keeps its line while hidden (a blank text is one line high), so the form does not jump
        StringExpression hint = viewModel.emailHintProperty();
        emailHint.textProperty().bind(Bindings.when(hint.isEmpty()).then(" ").otherwise(hint));
        emailHint.visibleProperty().bind(hint.isNotEmpty());
    }

    @Override
    public ObservableBooleanValue canGoNextProperty() {
        return viewModel.canGoNextProperty();
    }

    @Override
    public void attach(WizardNavigator wizard) {
        this.navigator = wizard;
    }

    /** "Try a practice scenario": the picker, in the wizard's page area. */
    @FXML
    private void openPractice() {
        practiceLink.setVisited(false);
        if (navigator != null) {
            navigator.showPracticePicker();
        }
    }

    @Override
    public void focusFirstField() {
        emailField.requestFocus();
    }
}
