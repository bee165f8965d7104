package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every page in {@link FxmlView} loads through {@link ViewFactory} with a registered controller. */
@ExtendWith(ApplicationExtension.class)
class ViewFactoryTest {

    private final Preferences node = TestPreferences.freshNode();
    private final AppServices services = AppServices.create(Runnable::run, node, Locale.ROOT);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        TestPreferences.remove(node);
    }

    @Test
    void everyPageLoadsWithItsController(FxRobot robot) {
        ViewFactory views = new ViewFactory(services);
        List<LoadedView<Object>> loaded = new ArrayList<>();
        robot.interact(() -> loaded.addAll(everyPage(views)));
        assertEquals(FxmlView.values().length - 1 + CheckStep.values().length, loaded.size());
        for (LoadedView<Object> page : loaded) {
            assertNotNull(page.root(), page.view() + " root");
            assertNotNull(page.controller(), page.view() + " controller");
            assertTrue(page.root().getStyleClass().contains("page"), page.view() + " root has the .page style class");
        }
    }

    @Test
    void welcomeIsBuiltWithItsCollaborators(FxRobot robot) {
        ViewFactory views = new ViewFactory(services);
        List<LoadedView<WelcomeController>> loaded = new ArrayList<>();
        robot.interact(() -> loaded.add(views.load(FxmlView.WELCOME, WelcomeController.class)));
        assertNotNull(loaded.get(0).controller());
    }

    /**
     * An effect (a drop shadow, a blur) makes JavaFX render its node's whole subtree off screen and filter it again on
     * every change inside, a caret blink included: without a GPU that doubled the idle CPU of the first page and held
     * ~15 MB of extra buffers. Shadows are drawn as background layers instead. A bitmap cache (JavaFX's scroll panes
     * keep one of their visible area) does the same without the filter: {@link ViewportCaching} turns it off.
     */
    @Test
    void noStyledPageCarriesAnEffectOrABitmapCache(FxRobot robot) {
        ViewFactory views = new ViewFactory(services);
        List<String> withEffects = new ArrayList<>();
        robot.interact(() -> {
            for (LoadedView<Object> page : everyPage(views)) {
                Parent root = page.root();
                Object view = page.view();
                views.createScene(root, MainWindow.WIDTH, MainWindow.HEIGHT);
                root.applyCss();
                root.layout();
                for (Node node : robot.from(root).lookup(ViewFactoryTest::largeWithEffect).queryAll()) {
                    withEffects.add(view + ": " + node.getTypeSelector() + node.getStyleClass() + " has " + node.getEffect());
                }
                for (Node node : robot.from(root).lookup(ViewFactoryTest::largeAndCached).queryAll()) {
                    withEffects.add(view + ": " + node.getTypeSelector() + node.getStyleClass() + " is cached as a bitmap");
                }
            }
        });
        assertEquals(List.of(), withEffects);
    }

    /** Every page: each FXML once, the live-check page once per step (its texts and rows differ). */
    @SuppressWarnings("unchecked")
    private static List<LoadedView<Object>> everyPage(ViewFactory views) {
        List<LoadedView<Object>> pages = new ArrayList<>();
        for (FxmlView view : FxmlView.values()) {
            if (view != FxmlView.LIVE_STEP) {
                pages.add(views.load(view, Object.class));
            }
        }
        for (CheckStep step : CheckStep.values()) {
            pages.add((LoadedView<Object>) (LoadedView<?>) views.loadLiveStep(step));
        }
        return pages;
    }

    private static boolean largeWithEffect(Node node) {
        // JavaFX's own theme gives the scroll bars' few-pixel arrows a shadow: too small to matter
        return node.getEffect() != null && isLarge(node);
    }

    /** A node larger than a scroll bar's arrow that JavaFX draws into a bitmap of its own first. */
    static boolean largeAndCached(Node node) {
        return node.isCache() && isLarge(node);
    }

    private static boolean isLarge(Node node) {
        return node.getLayoutBounds().getWidth() * node.getLayoutBounds().getHeight() > 32 * 32;
    }

    @Test
    void scenesGetTheOneStylesheet(FxRobot robot) {
        ViewFactory views = new ViewFactory(services);
        List<Scene> scenes = new ArrayList<>();
        robot.interact(() -> scenes.add(views.createScene(new Pane(), 10, 10)));
        assertEquals(List.of(ViewFactory.stylesheetUrl()), scenes.get(0).getStylesheets());
    }
}
