package org.outboxdoctor.ui;

import java.util.Objects;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * App-wide appearance state, shared by every page: for now the "Larger text" choice for screen sharing.
 *
 * <p>It starts from the saved preference and saves every change on the injected executor (preferences flush
 * to disk). {@link MainWindow} turns {@link #largeTextProperty()} into the {@value #LARGE_TEXT_STYLE_CLASS}
 * style class on the scene root; pages bind their controls to it.
 */
public final class AppearanceModel {

    /** Style class on the scene root while larger text is on; {@code outbox-doctor.css} scales the fonts. */
    public static final String LARGE_TEXT_STYLE_CLASS = "large-text";

    private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");

    public AppearanceModel(UiPreferences preferences, Executor executor) {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(executor, "executor");
        largeText.set(preferences.largeText());
        largeText.addListener((observable, before, now) -> executor.execute(() -> preferences.setLargeText(now)));
    }

    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    public boolean isLargeText() {
        return largeText.get();
    }

    public void setLargeText(boolean value) {
        largeText.set(value);
    }
}
