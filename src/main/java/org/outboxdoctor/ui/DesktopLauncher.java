package org.outboxdoctor.ui;

import java.util.List;

import javafx.application.Application;

/**
 * Plain entry point for the desktop wizard.
 *
 * <p>With JavaFX on the classpath the class named by the launcher must not extend {@link Application}
 * (the JDK would refuse with "JavaFX runtime components are missing"), so {@code org.outboxdoctor.Main}
 * calls {@link #launch(String[])} when it is started without arguments.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Starts the JavaFX toolkit and opens the main window; returns when the last window is closed. */
    public static void launch(String[] args) {
        if (SmokeTest.requested(List.of(args))) {
            SmokeTest.forThisProcess().arm(SmokeTest.TIMEOUT);
        }
        RenderingChoice.applyBeforeToolkitStarts();
        // while the toolkit starts on its own thread, the other core prepares what the first page needs
        StartupWarmUp.begin();
        Application.launch(DesktopApp.class, args);
    }

    /** Development shortcut: {@code java -cp "target/classes:target/lib/*" org.outboxdoctor.ui.DesktopLauncher}. */
    public static void main(String[] args) {
        launch(args);
    }
}
