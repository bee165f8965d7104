package org.outboxdoctor.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.ToggleSwitch;
import org.outboxdoctor.i18n.Language;

/**
 * Controller of {@code wizard.fxml}: the frame around the pages. It loads each page once through
 * {@link ViewFactory} (so going Back keeps what was typed), swaps pages in place, and owns Back, Next,
 * "See the answer", Cancel, "Larger text" and the language. Nothing here blocks: Next on the settings page only asks
 * {@link CheckSession} to start, and the run goes on in the background while the user moves through the pages.
 */
public final class WizardController implements WizardPage, WizardPage.WizardNavigator {

    private final ViewFactory views;
    private final CheckSession session;
    private final AppearanceModel appearance;
    private final Messages messages;
    private final Map<WizardStep, LoadedView<WizardPage>> pages = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, StepListItem> items = new EnumMap<>(WizardStep.class);
    private final ReadOnlyObjectWrapper<WizardStep> current = new ReadOnlyObjectWrapper<>(this, "current");
    private LoadedView<WizardPage> practicePicker;

    @FXML
    private VBox stepList;
    @FXML
    private StackPane pageHolder;
    @FXML
    private ToggleSwitch largeTextSwitch;
    @FXML
    private ComboBox<Language> languageChoice;
    @FXML
    private Button cancelButton;
    @FXML
    private Button backButton;
    @FXML
    private Button answerButton;
    @FXML
    private Button nextButton;

    public WizardController(ViewFactory views, CheckSession session, AppearanceModel appearance, Messages messages) {
        this.views = Objects.requireNonNull(views, "views");
        this.session = Objects.requireNonNull(session, "session");
        this.appearance = Objects.requireNonNull(appearance, "appearance");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** What a step in the list needs of the frame: where the user is, and the ways to move. */
    private StepListItem.Frame stepsFrame() {
        return new StepListItem.Frame() {
            @Override
            public WizardStep current() {
                return current.get();
            }

            @Override
            public boolean nextAllowed() {
                return !nextButton.isDisabled();
            }

            @Override
            public void next() {
                WizardController.this.next();
            }

            @Override
            public void goTo(WizardStep step) {
                WizardController.this.goTo(step);
            }

            @Override
            public StepListItem item(WizardStep step) {
                return items.get(step);
            }
        };
    }

    @FXML
    private void initialize() {
        // ToggleSwitchSkin toggles on Space and on a click on the switch itself
        largeTextSwitch.selectedProperty().bindBidirectional(appearance.largeTextProperty());
        LanguageSwitch.offer(languageChoice, messages, appearance);
        cancelButton.visibleProperty().bind(session.runningProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());

        for (WizardStep step : WizardStep.values()) {
            StepListItem item = new StepListItem(step, stepsFrame(), session, messages);
            items.put(step, item);
            stepList.getChildren().add(item.root());
            step.check().ifPresent(check -> session.stepProperty(check).addListener((o, b, now) -> item.refresh()));
        }
        session.stateProperty().addListener((observable, before, now) -> refreshFrame());
        session.outcomeProperty().addListener((observable, before, now) -> items.get(WizardStep.RESULTS).refresh());
        session.form().revisionProperty().addListener((observable, before, now) -> refreshFrame());
        // the next step in the list opens exactly when Next may be pressed
        nextButton.disabledProperty().addListener((observable, before, now) -> items.values().forEach(StepListItem::refresh));
        goTo(WizardStep.WELCOME);
        views.practice().attach(this, currentProperty());
    }

    /** The page on screen. */
    public ReadOnlyObjectProperty<WizardStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The controller of {@code step}'s page (loaded on first use). */
    public WizardPage page(WizardStep step) {
        return load(step).controller();
    }

    @Override
    public void goTo(WizardStep step) {
        LoadedView<WizardPage> page = load(step);
        // park the focus in the frame first: a focused node that leaves the scene makes JavaFX move the focus
        // on its own, a moment later, to wherever traversal leads (often "Larger text")
        if (nextButton.getScene() != null && pageHolder.getChildren().stream().anyMatch(n -> containsFocus(n))) {
            backButton.getParent().requestFocus();
        }
        pageHolder.getChildren().setAll(page.root());
        if (pageHolder.getScene() != null) {
            // a ScrollPane puts its content into the scene only when its skin exists: make it now, so the page's
            // fields can take the focus right away
            pageHolder.applyCss();
            pageHolder.layout();
        }
        current.set(step);
        nextButton.disableProperty().bind(Bindings.not(page.controller().canGoNextProperty()));
        refreshFrame();
        page.controller().shown();
        focusFirstField();
    }

    @FXML
    private void next() {
        WizardStep step = current.get();
        WizardPage page = load(step).controller();
        if (nextButton.isDisabled() || !page.beforeNext()) {
            return;
        }
        step.next().ifPresent(this::goTo);
    }

    @FXML
    private void back() {
        current.get().previous().ifPresent(this::goTo);
    }

    @FXML
    private void toAnswer() {
        goTo(WizardStep.RESULTS);
    }

    /** Stops every probe at once and returns to the settings page, where everything can be changed. */
    @FXML
    private void cancel() {
        if (!session.runningProperty().get()) {
            return;
        }
        session.cancel();
        goTo(WizardStep.SERVER);
    }

    private static boolean containsFocus(Node pageRoot) {
        Node owner = pageRoot.getScene() == null ? null : pageRoot.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == pageRoot) {
                return true;
            }
        }
        return false;
    }

    private LoadedView<WizardPage> load(WizardStep step) {
        return pages.computeIfAbsent(step, s -> {
            LoadedView<WizardPage> page = s.check().map(views::loadLiveStep).orElseGet(() -> views.load(s.view(), WizardPage.class));
            page.controller().attach(this);
            return page;
        });
    }

    private void refreshFrame() {
        WizardStep step = current.get();
        if (step == null) {
            return;
        }
        backButton.setDisable(step == WizardStep.WELCOME);
        boolean last = step == WizardStep.RESULTS;
        nextButton.setVisible(!last);
        nextButton.setManaged(!last);
        boolean live = step.check().isPresent();
        answerButton.setVisible(live && step != WizardStep.CHECK_BLACKLIST);
        answerButton.setManaged(answerButton.isVisible());
        if (step == WizardStep.SERVER) {
            nextButton.setText(session.upToDate() ? messages.get("wizard.next") : messages.get("wizard.start"));
        } else if (step == WizardStep.CHECK_BLACKLIST) {
            nextButton.setText(messages.get("wizard.toAnswer"));
        } else {
            nextButton.setText(messages.get("wizard.next"));
        }
        items.values().forEach(StepListItem::refresh);
    }

    @Override
    public void focusFirstField() {
        WizardStep step = current.get();
        if (step == null || nextButton.getScene() == null) {
            return;
        }
        if (step.asks() || step == WizardStep.RESULTS) {
            load(step).controller().focusFirstField();
        } else {
            nextButton.requestFocus();
        }
    }

    /**
     * Shows the practice picker in the page area. It is not a step: the list of steps keeps the current one,
     * the frame's Next is disabled (the picker has its own Start), and any {@link #goTo} replaces it.
     */
    @Override
    public void showPracticePicker() {
        if (practicePicker == null) {
            practicePicker = views.load(FxmlView.PRACTICE_PICKER, WizardPage.class);
            practicePicker.controller().attach(this);
        }
        if (nextButton.getScene() != null && pageHolder.getChildren().stream().anyMatch(n -> containsFocus(n))) {
            backButton.getParent().requestFocus();
        }
        pageHolder.getChildren().setAll(practicePicker.root());
        if (pageHolder.getScene() != null) {
            pageHolder.applyCss();
            pageHolder.layout();
        }
        nextButton.disableProperty().bind(Bindings.not(practicePicker.controller().canGoNextProperty()));
        practicePicker.controller().shown();
        if (nextButton.getScene() != null) {
            practicePicker.controller().focusFirstField();
        }
    }
}
