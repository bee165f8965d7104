package org.outboxdoctor.diagnosis;

import java.text.MessageFormat;
import java.util.Locale;
import org.outboxdoctor.i18n.BundleTexts;

/**
 * The words of the findings: {@code org/outboxdoctor/diagnosis/findings.properties} (English, the base) or a
 * translation next to it, such as {@code findings_de.properties}.
 *
 * <p>Every text goes through {@link MessageFormat}, with arguments or without, so the bundle has one rule for
 * apostrophes: always write them twice. Numbers are passed on as text, so port 2525 never reads "2,525".
 */
final class FindingTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.diagnosis.findings";

    private final BundleTexts texts;

    FindingTexts(Locale locale) {
        this.texts = BundleTexts.of(BUNDLE_NAME, locale);
    }

    String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    /** The language asked for (also when a key is read from the English base). */
    Locale locale() {
        return texts.locale();
    }
}
