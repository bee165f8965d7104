package org.outboxdoctor.explain;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.outboxdoctor.i18n.Bundles;

/** The plain sentences of explanations.properties (keys "explain.…"), in the language asked for, English where a translation lacks a key. */
public final class ExplainTexts {
    private static final String BUNDLE = "org.outboxdoctor.explain.explanations";
    private final Locale locale;
    private final ResourceBundle bundle;

    private ExplainTexts(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static ExplainTexts english() {
        return of(Locale.ENGLISH);
    }

    public static ExplainTexts of(Locale locale) {
        // no fallback to the machine's locale: a German computer asking for English gets English
        return new ExplainTexts(locale, Bundles.load(BUNDLE, locale));
    }

    boolean has(String key) {
        return bundle.containsKey("explain." + key);
    }

    /** @param key without the "explain." prefix */
    public String text(String key) {
        try {
            return bundle.getString("explain." + key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("explanations.properties has no text explain." + key, e);
        }
    }

    /** The text with its arguments put in (a MessageFormat pattern; numbers as text). */
    public String format(String key, Object... arguments) {
        return Bundles.format(text(key), locale, arguments);
    }

    public String programName(Program program) {
        return text("program." + program.id());
    }
}
