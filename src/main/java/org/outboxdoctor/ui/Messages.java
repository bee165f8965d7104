package org.outboxdoctor.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one resource bundle, {@code org/outboxdoctor/ui/messages.properties}, that holds every user-visible text.
 *
 * <p>FXML uses keys as {@code text="%welcome.title"}; Java code calls {@code messages.get("welcome.title")}
 * or {@code messages.format("key", args)} on a variable named {@code messages} with the key as a string
 * literal, so {@code MessageKeysTest} can find every key that is used and every key that is not.
 */
public final class Messages {

    /** Base name of the bundle, as {@link ResourceBundle#getBundle(String, Locale)} and FXMLLoader take it. */
    public static final String BUNDLE_NAME = "org.outboxdoctor.ui.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE_NAME, Objects.requireNonNull(locale, "locale")));
    }

    /** The text for {@code key}, as written in the bundle (no placeholder processing). */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text for {@code key} with {@code {0}}-style placeholders filled in ({@link MessageFormat} rules). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /**
     * The language the window's texts are in (the bundle found, {@link Locale#ROOT} for the English base): the
     * findings are written in the same one, so a window never mixes two languages.
     */
    public Locale language() {
        return bundle.getLocale();
    }

    /** The underlying bundle, for {@link javafx.fxml.FXMLLoader}. */
    public ResourceBundle bundle() {
        return bundle;
    }
}
