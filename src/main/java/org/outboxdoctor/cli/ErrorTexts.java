package org.outboxdoctor.cli;

import java.util.Locale;
import org.outboxdoctor.i18n.BundleTexts;
import org.outboxdoctor.i18n.Language;

/**
 * The command line's own sentences when something goes wrong (a wrong argument, an error in the program, a run
 * over its time, a window that cannot open): {@code org/outboxdoctor/cli/errors.properties} or a translation next to
 * it. Keys are written out as literals ({@code texts.format("usage.help", ...)}) so the bundle test finds every one.
 */
public final class ErrorTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.cli.errors";

    private final BundleTexts texts;

    private ErrorTexts(Locale locale) {
        this.texts = BundleTexts.of(BUNDLE_NAME, locale);
    }

    public static ErrorTexts of(Locale locale) {
        return new ErrorTexts(locale); // BundleTexts keeps the loaded bundle
    }

    /** The words of this computer's language (the window's choice before anything is known), else English. */
    public static ErrorTexts ofThisComputer() {
        return of(Language.ofThisComputer().locale());
    }

    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }
}
