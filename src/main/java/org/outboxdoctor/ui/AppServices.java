package org.outboxdoctor.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;

/**
 * The collaborators shared by every page, created once per window by {@link DesktopApp} (or by a test).
 *
 * <p>{@link ViewFactory} reads from here when it constructs controllers and view models. Nothing in the UI
 * reaches these objects through statics, so a test can hand in a same-thread executor and a throw-away
 * preferences node. The wizard will add the engine facade here.
 *
 * @param executor   runs background work (blocking I/O, later the probes); never the FX thread
 * @param messages   the one resource bundle with every user-visible text
 * @param preferences what the UI remembers between runs (appearance only, never addresses or passwords)
 * @param appearance the app-wide appearance state (larger text)
 */
public record AppServices(Executor executor, Messages messages, UiPreferences preferences, AppearanceModel appearance) {

    public AppServices {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(appearance, "appearance");
    }

    /** Wires the services for the default locale around the given executor and preferences node. */
    public static AppServices create(Executor executor, Preferences node) {
        return create(executor, node, Locale.getDefault());
    }

    public static AppServices create(Executor executor, Preferences node, Locale locale) {
        UiPreferences preferences = new UiPreferences(node);
        return new AppServices(executor, Messages.load(locale), preferences, new AppearanceModel(preferences, executor));
    }
}
