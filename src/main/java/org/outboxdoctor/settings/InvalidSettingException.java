package org.outboxdoctor.settings;

import java.util.Arrays;
import java.util.Locale;
import org.outboxdoctor.i18n.Bundles;

/**
 * A setting the user typed cannot be used; the message is written for that user. A problem made with {@link #of}
 * has its words in {@code settings/problems.properties}, so the command line's {@code --lang} (and the window) can
 * say it in the user's language with {@link #message(Locale)}; {@link #getMessage()} is the English.
 */
public class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    static final String BUNDLE_NAME = "org.outboxdoctor.settings.problems";

    /** The key in problems.properties, null for a message written in English only. */
    private final String key;
    private final transient Object[] arguments;

    public InvalidSettingException(String message) {
        super(message);
        key = null;
        arguments = new Object[0];
    }

    private InvalidSettingException(String key, Object[] arguments) {
        super(format(key, Locale.ROOT, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The problem {@code key} of problems.properties (write it out as a literal) with its arguments. */
    public static InvalidSettingException of(String key, Object... arguments) {
        return new InvalidSettingException(key, arguments);
    }

    /** The message in {@code locale}'s language; English for a message that has no key. */
    public String message(Locale locale) {
        return key == null ? getMessage() : format(key, locale, arguments);
    }

    private static String format(String key, Locale locale, Object[] arguments) {
        return Bundles.format(Bundles.load(BUNDLE_NAME, locale).getString(key), locale,
                Arrays.copyOf(arguments, arguments.length));
    }
}
