package org.outboxdoctor.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bundle's texts in one language (English where a translation lacks a key), each pattern formatted the
 * locale's way; loaded once per bundle and language. The feature packages' text classes hold one and add their
 * own words (a finding's certainty, a note's code), so loading and formatting stay in one place.
 */
public final class BundleTexts {
    private static final Map<String, BundleTexts> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;

    private BundleTexts(String baseName, Locale locale) {
        this.locale = locale;
        this.bundle = Bundles.load(baseName, locale);
    }

    public static BundleTexts of(String baseName, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return LOADED.computeIfAbsent(baseName + '|' + locale.toLanguageTag(), k -> new BundleTexts(baseName, locale));
    }

    /** The language asked for (also when a key is read from the English base). */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code arguments} put in ({@link Bundles#format}). */
    public String format(String key, Object... arguments) {
        return Bundles.format(bundle.getString(key), locale, arguments);
    }
}
