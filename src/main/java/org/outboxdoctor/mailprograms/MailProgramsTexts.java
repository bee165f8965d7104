package org.outboxdoctor.mailprograms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.outboxdoctor.i18n.Bundles;

/**
 * The words of the notes and of `outbox-doctor mailprograms`: {@code org/outboxdoctor/mailprograms/mailprograms.properties}
 * or a translation next to it. Every text is a {@link MessageFormat} pattern (apostrophes written twice).
 */
public final class MailProgramsTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.mailprograms.mailprograms";

    private final Locale locale;
    private final ResourceBundle bundle;

    public MailProgramsTexts(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        bundle = Bundles.load(BUNDLE_NAME, locale);
    }

    public String format(String key, Object... arguments) {
        return Bundles.format(bundle.getString(key), locale, arguments);
    }

    Note note(NoteCode code, Object... arguments) {
        return new Note(code, format(code.key(), arguments));
    }
}
