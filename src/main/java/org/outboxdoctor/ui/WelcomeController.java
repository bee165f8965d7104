package org.outboxdoctor.ui;

import java.util.Objects;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Controller of {@code welcome.fxml} (step 1). Built by {@link ViewFactory} with its view model; it only binds
 * nodes to it. Next (in the wizard frame) is bound to a complete address.
 *
 * <p>This is the page the app opens on, so ControlsFX's validation (its classes, its decoration images) is set up
 * just after the window is first shown rather than before: the empty form it opens with has nothing to outline.
 * It does not gate anything: Next is bound to the view model, and the validator checks the text already typed
 * when it starts.
 */
public final class WelcomeController implements WizardPage {

    private final WelcomeViewModel viewModel;
    private final ErrorMessageFill errorMessage;
    private final Executor fxThread;
    /** Made by {@link #startValidation()}; the field keeps it for as long as the page lives. */
    private ValidationSupport validation;
    private boolean validationRequested;
    private WizardNavigator navigator;

    @FXML
    private Label emailLabel;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailHint;
    @FXML
    private CheckBox otherSender;
    @FXML
    private VBox fromBox;
    @FXML
    private Label fromLabel;
    @FXML
    private TextField fromField;
    @FXML
    private Label fromHint;
    @FXML
    private Label problemLabel;
    @FXML
    private TextField problemField;
    @FXML
    private Label problemMeaning;
    @FXML
    private Hyperlink practiceLink;

    /**
     * @param errorMessage explains the pasted error message and fills step 3 from it
     * @param fxThread where the validation is set up once the page is first shown ({@code Platform::runLater} in the
     *                 app: it then runs after the window is on screen)
     */
    public WelcomeController(WelcomeViewModel viewModel, ErrorMessageFill errorMessage, Executor fxThread) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    @FXML
    private void initialize() {
        emailLabel.setLabelFor(emailField);
        problemLabel.setLabelFor(problemField);
        fromLabel.setLabelFor(fromField);
        fromField.textProperty().bindBidirectional(viewModel.fromProperty());
        otherSender.setSelected(!viewModel.fromProperty().get().isBlank());
        fromBox.visibleProperty().bind(otherSender.selectedProperty());
        fromBox.managedProperty().bind(otherSender.selectedProperty());
        otherSender.selectedProperty().addListener((observable, was, sendsAsAnother) -> {
            if (!sendsAsAnother) {
                viewModel.fromProperty().set(""); // unticked: the mail program sends from the address itself
            }
        });
        fromHint.textProperty().bind(Bindings.when(Bindings.createBooleanBinding(
                () -> viewModel.isBadAddress(viewModel.fromProperty().get()), viewModel.fromProperty()))
                .then(viewModel.invalidFromText()).otherwise(fromHint.getText()));
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        problemField.textProperty().bindBidirectional(viewModel.problemProperty());
        // what the pasted message means, worked out in the background (ErrorMessageFill)
        problemMeaning.textProperty().bind(errorMessage.meaningProperty());
        problemMeaning.visibleProperty().bind(errorMessage.meaningProperty().isNotEmpty());
        problemMeaning.managedProperty().bind(problemMeaning.visibleProperty());

        // the hint keeps its line while hidden (a blank text is one line high), so the form does not jump
        StringExpression hint = viewModel.emailHintProperty();
        emailHint.textProperty().bind(Bindings.when(hint.isEmpty()).then(" ").otherwise(hint));
        emailHint.visibleProperty().bind(hint.isNotEmpty());
    }

    @Override
    public void shown() {
        if (!validationRequested) {
            validationRequested = true;
            fxThread.execute(this::startValidation);
        }
    }

    private void startValidation() {
        validation = new ValidationSupport();
        // red outline (style class "error"); the explanation is the visible hint below the field, not a tooltip
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(emailField, false,
                Validator.createPredicateValidator((String text) -> !viewModel.isBadAddress(text),
                        viewModel.invalidEmailText()));
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
