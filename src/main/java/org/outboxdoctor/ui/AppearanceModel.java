package org.outboxdoctor.ui;

import java.util.Objects;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.outboxdoctor.i18n.Language;

/**
 * App-wide appearance state, shared by every page: the "Larger text" choice for screen sharing and the language.
 *
 * <p>It starts from the saved preference and saves every change on the injected executor (preferences flush
 * to disk). {@link MainWindow} turns {@link #largeTextProperty()} into the {@value #LARGE_TEXT_STYLE_CLASS}
 * style class on the scene root; pages bind their controls to it.
 */
public final class AppearanceModel {

    /** Style class on the scene root while larger text is on; {@code outbox-doctor.css} scales the fonts. */
    public static final String LARGE_TEXT_STYLE_CLASS = "large-text";

    private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");

    /** Starts from the saved choices; a language never chosen follows {@code computer}. */
    public AppearanceModel(UiPreferences preferences, Executor executor, Language computer) {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(executor, "executor");
        largeText.set(preferences.largeText());
        largeText.addListener((observable, before, now) -> executor.execute(() -> preferences.setLargeText(now)));
        language.set(preferences.language().orElse(Objects.requireNonNull(computer, "computer")));
        // stored only once the user picks one, so a computer whose language changes later is followed
        language.addListener((observable, before, now) -> {
            if (now != null) {
                executor.execute(() -> preferences.setLanguage(now));
            }
        });
    }

    /** Starts from the saved choices; a language never chosen follows this computer's. */
    public AppearanceModel(UiPreferences preferences, Executor executor) {
        this(preferences, executor, Language.ofThisComputer());
    }

    /** The language of the window's texts; {@link MainWindow}'s owner rebuilds the pages when it changes. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
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
