package org.outboxdoctor.mailprograms;

import java.text.MessageFormat;
import java.util.Locale;
import org.outboxdoctor.i18n.BundleTexts;

/**
 * The words of the notes and of `outbox-doctor mailprograms`: {@code org/outboxdoctor/mailprograms/mailprograms.properties}
 * or a translation next to it. Every text is a {@link MessageFormat} pattern (apostrophes written twice).
 */
public final class MailProgramsTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.mailprograms.mailprograms";

    private final BundleTexts texts;

    public MailProgramsTexts(Locale locale) {
        this.texts = BundleTexts.of(BUNDLE_NAME, locale);
    }

    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    Note note(NoteCode code, Object... arguments) {
        return new Note(code, format(code.key(), arguments));
    }
}
