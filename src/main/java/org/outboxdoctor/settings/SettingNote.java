package org.outboxdoctor.settings;

import java.util.List;
import java.util.Locale;
import org.outboxdoctor.i18n.Bundles;

/**
 * A correction made while reading what the user typed ("the port was glued on"), said in the reader's language:
 * its words are in {@code settings/problems.properties}. {@link #toString()} is the English.
 *
 * @param key the key in problems.properties, null for a note given as plain text
 * @param plain the text of a note without a key, else empty
 */
public record SettingNote(String key, List<Object> arguments, String plain) {

    public SettingNote {
        arguments = List.copyOf(arguments);
        plain = plain == null ? "" : plain;
    }

    /** The note {@code key} (write it out as a literal) with its arguments. */
    public static SettingNote of(String key, Object... arguments) {
        return new SettingNote(key, List.of(arguments), "");
    }

    /** A note that is the same in every language (a test's, or a program's own words). */
    public static SettingNote plain(String text) {
        return new SettingNote(null, List.of(), text);
    }

    public String text(Locale locale) {
        return key == null ? plain : Bundles.format(Bundles.load(InvalidSettingException.BUNDLE_NAME, locale).getString(key),
                locale, arguments.toArray());
    }

    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
