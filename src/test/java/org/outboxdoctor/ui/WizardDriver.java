package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real wizard window in a TestFX stage with test collaborators (a real background executor, so the
 * engine never runs on the FX thread; a throw-away preferences node; the loopback world's engine options) and
 * offers the few look-ups the wizard tests share. The robot does all the typing and clicking.
 */
final class WizardDriver implements AutoCloseable {

    final FxRobot robot;
    final Stage stage;
    final Preferences node = TestPreferences.freshNode();
    final ExecutorService background = Executors.newCachedThreadPool(new Named());
    /** Pages the window asked the browser to open (tests never open a browser). */
    final List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    AppServices services;
    Messages messages;
    CheckSession session;
    WizardController wizard;
    ViewFactory views;
    MainWindow window;
    private Language language = Language.EN;

    /** Changes the services before the window opens (a mail programs reader over a test's home). */
    private java.util.function.UnaryOperator<AppServices> customised = services -> services;

    WizardDriver(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /** Opens the window on the Welcome page. */
    WizardDriver open(CheckOptions options, Clock clock, AppServices.SaveDialog saveDialog) {
        services = AppServices.create(background, node, language.locale()).withCheckOptions(options).withClock(clock)
                .withSaveDialog(saveDialog).withBrowser(opened::add);
        services = customised.apply(services);
        robot.interact(() -> {
            // the window is built again when the language changes: the driver follows the new pages
            LanguageSwitch.open(stage, services, built -> {
                services = built.services();
                messages = services.messages();
                views = built.views();
                session = views.session();
                wizard = built.wizard();
                window = built.window();
            });
            window.open();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The language the window opens in (as if it were the computer's); English unless set before open. */
    WizardDriver language(Language value) {
        language = value;
        return this;
    }

    WizardDriver customise(java.util.function.UnaryOperator<AppServices> change) {
        customised = change;
        return this;
    }

    WizardDriver open(CheckOptions options) {
        return open(options, Clock.systemUTC(), (owner, title, name) -> java.util.Optional.empty());
    }

    WizardStep current() {
        return wizard.currentProperty().get();
    }

    void assertOn(WizardStep step) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(step, current());
    }

    /** Waits (without blocking the FX thread) until the run has finished. */
    void awaitOutcome(int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> session.state() == CheckSession.State.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    Button button(String id) {
        return robot.lookup(id).queryButton();
    }

    TextField field(String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    String text(String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    void assertFocused(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = focusOwner();
        assertTrue(owner != null && ("#" + owner.getId()).equals(id), "focus on " + id + ", but it is on " + owner);
    }

    /**
     * Visible labels whose text is shown shortened with an ellipsis. Measured on the FX thread right after a
     * CSS and layout pass: while a check runs, progress keeps changing label texts, and a reading taken between
     * a text change and the next layout pulse would see the old text and call it cut.
     */
    List<String> cutTexts() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return cutTextsNow();
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not measure the labels", e);
        }
    }

    private List<String> cutTextsNow() {
        List<String> cut = new ArrayList<>();
        for (Node each : robot.lookup(n -> n instanceof Labeled && n.isVisible() && n.getScene() != null).queryAll()) {
            Labeled labeled = (Labeled) each;
            if (!showing(labeled)) {
                continue;
            }
            for (Node found : labeled.lookupAll(".text")) {
                if (found instanceof Text text && ownedBy(text, labeled) && labeled.getText() != null
                        && !text.getText().equals(labeled.getText())) {
                    cut.add("cut text: '" + labeled.getText() + "' shows as '" + text.getText() + "'");
                }
            }
        }
        // a page that needs more width than its scroll pane shows is cut at the right edge, no ellipsis to see
        for (Node each : robot.lookup(n -> n instanceof javafx.scene.control.ScrollPane && n.isVisible()).queryAll()) {
            javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) each;
            if (pane.isFitToWidth() && pane.getContent() instanceof javafx.scene.layout.Region content
                    // a few pixels are the content's own right padding under a scroll bar: nothing shows cut
                    && content.minWidth(-1) > pane.getViewportBounds().getWidth() + 3) {
                cut.add("cut at the right: a page needs " + Math.round(content.minWidth(-1)) + " px, its window shows "
                        + Math.round(pane.getViewportBounds().getWidth()) + " px");
            }
        }
        return cut;
    }

    /** Nodes (by id) that are not completely inside the window. */
    List<String> outsideTheWindow(String... ids) {
        Scene scene = stage.getScene();
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            Node shown = robot.lookup(id).query();
            Bounds bounds = shown.localToScene(shown.getBoundsInLocal());
            if (bounds.getMinX() < 0 || bounds.getMinY() < 0
                    || bounds.getMaxX() > scene.getWidth() + 0.5 || bounds.getMaxY() > scene.getHeight() + 0.5) {
                problems.add(id + " outside the window: " + bounds);
            }
        }
        return problems;
    }

    /** The text node is the labeled's own (not a text inside a child control, such as a TitledPane's content). */
    private static boolean ownedBy(Text text, Labeled labeled) {
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n == labeled) {
                return true;
            }
            if (n instanceof javafx.scene.control.Control) {
                return false;
            }
        }
        return false;
    }

    /** Moves the keyboard focus to the node (which scrolls it into view), then clicks it. */
    void click(String id) {
        Node node = robot.lookup(id).query();
        robot.interact(node::requestFocus);
        robot.clickOn(node);
    }

    /** True when the node and all its parents are visible (a hidden Details pane hides its labels). */
    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n.getParent() instanceof javafx.scene.control.TitledPane pane && !pane.isExpanded() && n == pane.getContent()) {
                return false;
            }
        }
        return true;
    }

    Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Override
    public void close() throws BackingStoreException, InterruptedException {
        if (views != null) {
            robot.interact(() -> views.practice().closeNow());
        }
        if (session != null) {
            robot.interact(() -> session.cancel());
        }
        background.shutdownNow();
        background.awaitTermination(5, TimeUnit.SECONDS);
        TestPreferences.remove(node);
    }

    private static final class Named implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "wizard-test-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
