package org.outboxdoctor.explain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The plain sentences of explanations.properties (keys "explain.…"), English unless a translation is added. */
public final class ExplainTexts {
    private static final String BUNDLE = "org.outboxdoctor.explain.explanations";
    private final ResourceBundle bundle;

    private ExplainTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ExplainTexts english() {
        return of(Locale.ENGLISH);
    }

    public static ExplainTexts of(Locale locale) {
        // no fallback to the machine's locale: a German computer asking for English gets English
        return new ExplainTexts(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
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

    /** The text with its arguments put in (a MessageFormat pattern, written for {@link Locale#ROOT} numbers). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), Locale.ROOT).format(arguments);
    }

    public String programName(Program program) {
        return text("program." + program.id());
    }
}
