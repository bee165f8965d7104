package org.outboxdoctor.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;

import javax.xml.stream.XMLInputFactory;

import javafx.fxml.FXML;

/**
 * Start-up work that needs no JavaFX, begun on a thread of its own the moment the window is asked for, before the
 * JavaFX toolkit starts: the toolkit takes about 200 ms to start on its own thread, and on a two-core machine the
 * other core would sit idle meanwhile, while the first page later waits 50-100 ms for the same work.
 *
 * <p>It only fills caches; nothing is handed over. The app makes the very same calls afterwards (the user's
 * preferences node and its "Larger text" value, the message bundle, FXMLLoader's reflection over the first page's
 * classes) and gets the same answers from the JDK's caches, whether this thread finished, is still running (the
 * calls then wait on the same locks, so "Larger text" is known before the first paint) or failed. That is also why
 * it does not go through the app's executor: it runs before the application and its executor exist, and its
 * results flow through the JDK, not through it.
 */
final class StartupWarmUp {

    private static final Logger LOG = Logger.getLogger(StartupWarmUp.class.getName());

    /**
     * The classes of wizard.fxml and welcome.fxml and their controllers. FXMLLoader reads every method of each
     * (and of its superclasses) and the {@code @FXML} annotations of the controllers; the JDK keeps what it read.
     * Loading a class is safe before the toolkit starts, initialising a control is not: these are only loaded.
     * A class missing from this list costs speed, never correctness.
     */
    private static final List<String> FIRST_PAGE_CLASSES = List.of(
            "javafx.scene.layout.BorderPane", "javafx.scene.control.ScrollPane", "javafx.scene.layout.VBox",
            "javafx.scene.control.Label", "javafx.scene.layout.StackPane", "javafx.scene.layout.HBox",
            "org.controlsfx.control.ToggleSwitch", "javafx.scene.layout.FlowPane", "javafx.scene.control.Button",
            "javafx.scene.control.TextField", "javafx.scene.control.Hyperlink",
            "org.outboxdoctor.ui.WizardController", "org.outboxdoctor.ui.WelcomeController");

    private StartupWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    static void begin() {
        Thread thread = new Thread(StartupWarmUp::run, "outbox-doctor-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            // the first Preferences use starts the JDK's preferences machinery and reads the user's file
            new UiPreferences(Preferences.userRoot().node(UiPreferences.NODE_PATH)).largeText();
            Messages.load(Locale.getDefault());
            // FXMLLoader reads every page with StAX; the first factory lookup goes through the service loader
            XMLInputFactory.newFactory();
            ClassLoader loader = StartupWarmUp.class.getClassLoader();
            for (String name : FIRST_PAGE_CLASSES) {
                for (Class<?> type = Class.forName(name, false, loader); type != Object.class; type = type.getSuperclass()) {
                    readAnnotations(type);
                }
            }
            StartupTrace.mark("warm-up done");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the app does the same work again and reports what really fails
            LOG.log(Level.FINE, "Start-up warm-up stopped early", e);
        }
    }

    private static void readAnnotations(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            method.getAnnotation(FXML.class);
        }
        for (Field field : type.getDeclaredFields()) {
            field.getAnnotation(FXML.class);
        }
    }
}
