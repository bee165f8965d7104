package org.outboxdoctor.ui;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: one scene whose content pane ({@value #CONTENT_STYLE_CLASS}) holds the current page.
 *
 * <p>It owns what applies to every page: the title, the stylesheet (through {@link ViewFactory}), the
 * {@value AppearanceModel#LARGE_TEXT_STYLE_CLASS} style class on the scene root, the initial size and position.
 * The app shows one page here, {@link FxmlView#WIZARD}, whose frame swaps the wizard's steps.
 */
public final class MainWindow {

    /** Size the window opens at (clamped to the screen) and is designed to stay usable at. */
    public static final double WIDTH = 1024;
    public static final double HEIGHT = 700;
    /** Smallest size the user can shrink it to; pages scroll below {@link #WIDTH} x {@link #HEIGHT}. */
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 520;
    /** Root style class of a window narrower than {@link #NARROW_BELOW} (with larger text {@link #NARROW_BELOW_LARGE}). */
    static final String NARROW_STYLE_CLASS = "narrow";
    static final double NARROW_BELOW = 780;
    static final double NARROW_BELOW_LARGE = 1000;

    public static final String CONTENT_STYLE_CLASS = "app-content";

    private final Stage stage;
    private final ViewFactory views;
    private final StackPane content = new StackPane();
    private LoadedView<?> currentPage;

    public MainWindow(Stage stage, ViewFactory views, AppServices services) {
        this(stage, views, services, false);
    }

    /** @param keepSize built again in another language: the window keeps the size the user gave it */
    MainWindow(Stage stage, ViewFactory views, AppServices services, boolean keepSize) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.views = Objects.requireNonNull(views, "views");
        content.getStyleClass().add(CONTENT_STYLE_CLASS);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene previous = keepSize ? stage.getScene() : null;
        double width = previous != null ? previous.getWidth() : Math.min(WIDTH, screen.getWidth());
        double height = previous != null ? previous.getHeight() : Math.min(HEIGHT, screen.getHeight());
        // the PRACTICE strip sits above every page while a practice scenario is open
        BorderPane frame = new BorderPane(content);
        frame.setTop(PracticeBadge.create(views.practice(), services.messages()));
        Scene scene = views.createScene(frame, width, height);
        toggleRootStyleClass(scene, AppearanceModel.LARGE_TEXT_STYLE_CLASS, services.appearance().largeTextProperty());
        // a small window (with larger text above all) gives its width to the fields, not to margins
        BooleanProperty largeText = services.appearance().largeTextProperty();
        toggleRootStyleClass(scene, NARROW_STYLE_CLASS, Bindings.createBooleanBinding(
                () -> scene.getWidth() < (largeText.get() ? NARROW_BELOW_LARGE : NARROW_BELOW), scene.widthProperty(), largeText));
        // JavaFX does not scroll a focused node into view: keyboard users would tab to buttons they cannot see
        scene.focusOwnerProperty().addListener((observable, before, now) -> FocusScroller.reveal(now));
        stage.setScene(scene);
        stage.setTitle(services.messages().get("app.title"));
        views.practice().scenarioProperty().addListener((observable, before, now) -> stage.setTitle(now == null
                ? services.messages().get("app.title") : services.messages().get("practice.windowTitle")));
        AppIcons.addTo(stage, services.executor(), services.fxThread());
        MemoryTrim.afterEachRun(views.session(), services.executor());
        stage.setMinWidth(Math.min(MIN_WIDTH, Math.min(WIDTH, screen.getWidth())));
        stage.setMinHeight(Math.min(MIN_HEIGHT, Math.min(HEIGHT, screen.getHeight())));
        stage.setOnHidden(event -> stopEverything());
    }

    /**
     * The window is closed (or the app stops): stops a running check at once, closes an open practice world
     * before returning, and drops the password from the form. Safe to call more than once.
     */
    public void stopEverything() {
        views.practice().closeNow();
        views.session().cancel();
        views.session().form().forgetPassword();
    }

    /** Replaces the window's content with {@code view}; an open window moves the focus to the new page. */
    public LoadedView<?> showPage(FxmlView view) {
        LoadedView<Object> page = views.load(view, Object.class);
        content.getChildren().setAll(page.root());
        currentPage = page;
        if (stage.isShowing()) {
            focusPage();
        }
        return page;
    }

    /** Shows the window centred on the primary screen and puts the keyboard focus on the page. */
    public void open() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = stage.getScene();
        stage.sizeToScene();
        // the decorations are not known before the first show; centring the scene is close enough and avoids a jump
        stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - scene.getWidth()) / 2));
        stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - scene.getHeight()) / 2));
        stage.setOnShown(event -> focusPage());
        StartupTrace.mark("show");
        stage.show();
        StartupTrace.mark("shown");
    }

    private void focusPage() {
        if (currentPage != null && currentPage.controller() instanceof Page page) {
            page.focusFirstField();
        }
    }

    public Stage stage() {
        return stage;
    }

    /** The node that holds the page (the scene root may be ControlsFX's DecorationPane around it). */
    public Parent content() {
        return content;
    }

    /**
     * Keeps {@code styleClass} on the scene's root node exactly while {@code on} is true, also when the root
     * is replaced: ControlsFX's {@code ValidationSupport} wraps the original root in its {@code DecorationPane}
     * the first time it decorates a field, and the class must move with the {@code .root} style class.
     */
    static void toggleRootStyleClass(Scene scene, String styleClass, ObservableValue<Boolean> on) {
        Runnable apply = () -> {
            Parent current = scene.getRoot();
            current.getStyleClass().remove(styleClass);
            if (Boolean.TRUE.equals(on.getValue())) {
                current.getStyleClass().add(styleClass);
            }
        };
        apply.run();
        on.addListener((observable, before, now) -> apply.run());
        scene.rootProperty().addListener((observable, before, now) -> {
            if (before != null) {
                before.getStyleClass().remove(styleClass);
            }
            apply.run();
        });
    }

    /** Optional controller hook: where the keyboard focus goes when the page is shown. */
    public interface Page {
        void focusFirstField();
    }
}
