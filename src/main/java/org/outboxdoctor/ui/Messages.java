package org.outboxdoctor.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import org.outboxdoctor.i18n.Bundles;
import org.outboxdoctor.i18n.Language;

/**
 * The one resource bundle (in the window's language), {@code org/outboxdoctor/ui/messages.properties}, that holds every user-visible text.
 *
 * <p>FXML uses keys as {@code text="%welcome.title"}; Java code calls {@code messages.get("welcome.title")}
 * or {@code messages.format("key", args)} on a variable named {@code messages} with the key as a string
 * literal, so {@code MessageKeysTest} can find every key that is used and every key that is not.
 */
public final class Messages {

    /** Base name of the bundle, as {@link ResourceBundle#getBundle(String, Locale)} and FXMLLoader take it. */
    public static final String BUNDLE_NAME = "org.outboxdoctor.ui.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The texts in {@code locale}'s language when it is one of {@link Language}'s, else English. */
    public static Messages load(Locale locale) {
        return load(Language.of(Objects.requireNonNull(locale, "locale")));
    }

    public static Messages load(Language language) {
        return new Messages(language, Bundles.load(BUNDLE_NAME, language));
    }

    /** The text for {@code key}, as written in the bundle (no placeholder processing). */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text for {@code key} with {@code {0}}-style placeholders filled in (MessageFormat rules; numbers as text). */
    public String format(String key, Object... arguments) {
        return Bundles.format(bundle.getString(key), language.locale(), arguments);
    }

    /**
     * The locale of the window's language: the findings, reports and explanations are written in the same one,
     * so a window never mixes two languages (a key no translation has yet reads in English everywhere alike).
     */
    public Locale language() {
        return language.locale();
    }

    /** The language chosen for the window. */
    public Language choice() {
        return language;
    }

    /** The underlying bundle, for {@link javafx.fxml.FXMLLoader}. */
    public ResourceBundle bundle() {
        return bundle;
    }
}
