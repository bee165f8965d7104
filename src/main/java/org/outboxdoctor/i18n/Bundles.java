package org.outboxdoctor.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one way the app reads its resource bundles. Java 9+ reads {@code .properties} bundles as UTF-8.
 *
 * <p>A translation's missing key reads from the English base (the parent bundle). A locale without a translation
 * reads the English base too, never the computer's language: the default {@link ResourceBundle.Control} tries
 * {@link Locale#getDefault()} before the base, so a German computer asking for English would get German.
 */
public final class Bundles {
    private static final ResourceBundle.Control BASE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /** {@code baseName} (dotted, like {@code org.outboxdoctor.ui.messages}) in {@code locale}, English where it lacks a key. */
    public static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, Objects.requireNonNull(locale, "locale"), BASE_FALLBACK);
    }

    /** The same for a {@link Language}. */
    public static ResourceBundle load(String baseName, Language language) {
        return load(baseName, language.locale());
    }

    /**
     * Fills in a {@link MessageFormat} pattern. Numbers are passed on as text, so port 2525 never reads "2,525"
     * (or "2.525" in German); quantities that should read the local way go through {@link LocalFormats} first.
     */
    public static String format(String pattern, Locale locale, Object... arguments) {
        Object[] asText = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(pattern, locale).format(asText);
    }
}
