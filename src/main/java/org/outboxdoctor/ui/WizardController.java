package org.outboxdoctor.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.ToggleSwitch;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.ui.CheckOutcome.StepResult;

/**
 * Controller of {@code wizard.fxml}: the frame around the pages. It loads each page once through
 * {@link ViewFactory} (so going Back keeps what was typed), swaps pages in place, and owns Back, Next,
 * "See the answer", Cancel, "Larger text" and the language. Nothing here blocks: Next on the settings page only asks
 * {@link CheckSession} to start, and the run goes on in the background while the user moves through the pages.
 */
public final class WizardController implements WizardPage, WizardPage.WizardNavigator {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass REACHABLE = PseudoClass.getPseudoClass("reachable");

    private final ViewFactory views;
    private final CheckSession session;
    private final AppearanceModel appearance;
    private final Messages messages;
    private final Map<WizardStep, LoadedView<WizardPage>> pages = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, StepItem> items = new EnumMap<>(WizardStep.class);
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

    @FXML
    private void initialize() {
        // ToggleSwitchSkin toggles on Space and on a click on the switch itself
        largeTextSwitch.selectedProperty().bindBidirectional(appearance.largeTextProperty());
        LanguageSwitch.offer(languageChoice, messages, appearance);
        cancelButton.visibleProperty().bind(session.runningProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());

        for (WizardStep step : WizardStep.values()) {
            StepItem item = new StepItem(step);
            items.put(step, item);
            stepList.getChildren().add(item.root);
            step.check().ifPresent(check -> session.stepProperty(check).addListener((o, b, now) -> item.refresh()));
        }
        session.stateProperty().addListener((observable, before, now) -> refreshFrame());
        session.outcomeProperty().addListener((observable, before, now) -> items.get(WizardStep.RESULTS).refresh());
        session.form().revisionProperty().addListener((observable, before, now) -> refreshFrame());
        // the next step in the list opens exactly when Next may be pressed
        nextButton.disabledProperty().addListener((observable, before, now) -> items.values().forEach(StepItem::refresh));
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
        items.values().forEach(StepItem::refresh);
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

    /** One entry of the step list: a number or status symbol, and the step's name. */
    private final class StepItem {
        private final WizardStep step;
        private final HBox root = new HBox();
        private final Label glyph = new Label();
        private final Label name = new Label();
        /** The name in bold, never shown: it reserves the current step's size, so that becoming current moves nothing. */
        private final Label reserve = new Label();

        StepItem(WizardStep step) {
            this.step = step;
            root.getStyleClass().add("step-item");
            root.setId("step-" + step.name());
            glyph.getStyleClass().add("step-glyph");
            glyph.setMinWidth(Label.USE_PREF_SIZE);
            name.getStyleClass().add("step-name");
            name.setText(step.title(messages));
            name.setWrapText(true);
            name.setMinHeight(Label.USE_PREF_SIZE);
            reserve.getStyleClass().addAll("step-name", "step-name-reserve");
            reserve.setText(name.getText());
            reserve.setWrapText(true);
            reserve.setMinHeight(Label.USE_PREF_SIZE);
            reserve.setVisible(false);
            StackPane names = new StackPane(reserve, name);
            names.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(names, Priority.ALWAYS);
            root.getChildren().addAll(glyph, names);
            // a reachable step is a button for the keyboard and for screen readers as well as for the mouse
            root.setAccessibleRole(AccessibleRole.BUTTON);
            root.setOnMouseClicked(event -> open());
            root.setOnKeyPressed(event -> {
                switch (event.getCode()) {
                    case ENTER, SPACE -> open();
                    case UP -> focusNeighbour(-1);
                    case DOWN -> focusNeighbour(1);
                    default -> {
                        return;
                    }
                }
                event.consume();
            });
            refresh();
        }

        /** Arrow keys walk the steps that can be opened (the list is one Tab stop, like a list box). */
        private void focusNeighbour(int direction) {
            WizardStep[] steps = WizardStep.values();
            for (int i = step.ordinal() + direction; i >= 0 && i < steps.length; i += direction) {
                StepItem other = items.get(steps[i]);
                if (other.reachable()) {
                    other.root.requestFocus();
                    return;
                }
            }
        }

        private void open() {
            if (!reachable() || step == current.get()) {
                return;
            }
            if (isNext()) {
                next(); // the page may refuse (and say why) or start the check, as with the Next button
            } else {
                goTo(step);
            }
        }

        /**
         * Earlier pages are always reachable; the next input page when Next may be pressed; the check pages once a
         * check has started (never by the list alone: Start on the settings page starts it).
         */
        private boolean reachable() {
            WizardStep now = current.get();
            return now != null && (step.ordinal() <= now.ordinal() || (isNext() && step.asks() && !nextButton.isDisabled())
                    || (!step.asks() && session.state() != CheckSession.State.IDLE));
        }

        private boolean isNext() {
            WizardStep now = current.get();
            return now != null && now.next().filter(step::equals).isPresent();
        }

        void refresh() {
            StatusLook look = look();
            String number = String.valueOf(step.ordinal() + 1);
            glyph.setText(look == null ? number : Glyphs.glyph(look));
            StatusLook.apply(glyph, look);
            boolean isCurrent = step == current.get();
            root.pseudoClassStateChanged(CURRENT, isCurrent);
            root.pseudoClassStateChanged(REACHABLE, reachable() && !isCurrent);
            // the list is one Tab stop, at the current step; the arrow keys move within it
            root.setFocusTraversable(isCurrent);
            root.setAccessibleText(messages.format("wizard.stepItem", number, step.title(messages),
                    Glyphs.spoken(look, messages)));
        }

        private StatusLook look() {
            if (step.check().isPresent()) {
                StepResult result = session.stepProperty(step.check().get()).get();
                return result.look();
            }
            if (step == WizardStep.RESULTS) {
                if (session.state() == CheckSession.State.RUNNING) {
                    return StatusLook.RUNNING;
                }
                CheckOutcome outcome = session.outcomeProperty().get();
                if (outcome == null) {
                    return null;
                }
                return switch (outcome.verdict()) {
                    case CAN_SEND -> StatusLook.OK;
                    case PROBLEM -> StatusLook.PROBLEM;
                    case INCOMPLETE -> StatusLook.WARNING;
                };
            }
            return null;
        }
    }
}
