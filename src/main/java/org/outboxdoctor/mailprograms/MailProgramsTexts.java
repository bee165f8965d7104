package org.outboxdoctor.mailprograms;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of the notes and of `outbox-doctor mailprograms`: {@code org/outboxdoctor/mailprograms/mailprograms.properties}
 * or a translation next to it. Every text is a {@link MessageFormat} pattern (apostrophes written twice).
 */
public final class MailProgramsTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.mailprograms.mailprograms";

    // without a translation, English: the default control would fall back to the computer's language first
    private static final ResourceBundle.Control BASE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    public MailProgramsTexts(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE_NAME, Objects.requireNonNull(locale, "locale"), BASE_FALLBACK);
    }

    public String format(String key, Object... arguments) {
        // numbers as text, so port 2525 never reads "2,525"
        Object[] asText = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(asText);
    }

    Note note(NoteCode code, Object... arguments) {
        return new Note(code, format(code.key(), arguments));
    }
}
