package org.outboxdoctor.diagnosis;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of the findings: {@code org/outboxdoctor/diagnosis/findings.properties} (English, the base) or a
 * translation next to it, such as {@code findings_de.properties}.
 *
 * <p>Every text goes through {@link MessageFormat}, with arguments or without, so the bundle has one rule for
 * apostrophes: always write them twice. Numbers are passed on as text, so port 2525 never reads "2,525".
 */
final class FindingTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.diagnosis.findings";

    /**
     * Without a translation for the locale asked for, English: the default control would fall back to the
     * computer's language first, so asking for English on a German computer would give German.
     */
    private static final ResourceBundle.Control BASE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    FindingTexts(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE_NAME, Objects.requireNonNull(locale, "locale"), BASE_FALLBACK);
    }

    String format(String key, Object... arguments) {
        Object[] asText = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(asText);
    }
}
