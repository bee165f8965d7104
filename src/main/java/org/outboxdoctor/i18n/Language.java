package org.outboxdoctor.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages the assistant and the command line speak. English is the base of every bundle; the others are
 * translations next to it ({@code messages_de.properties} ...), and a key a translation lacks reads in English.
 */
public enum Language {
    EN("English"), DE("Deutsch"), FR("Français"), ES("Español");

    private final String ownName;

    Language(String ownName) {
        this.ownName = ownName;
    }

    /** The two-letter code, as {@code --lang} and the saved preference take it: "en", "de", "fr", "es". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language's name in itself ("Deutsch"), so a user lost in a foreign language still finds their own. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language of {@code locale} when it is one of these, else English. */
    public static Language of(Locale locale) {
        return byCode(locale == null ? "" : locale.getLanguage()).orElse(EN);
    }

    /** The computer's language (the JVM's default locale) when it is one of these, else English. */
    public static Language ofThisComputer() {
        return of(Locale.getDefault());
    }

    /** The language for a code such as "de" or "DE" (also "de-CH"); empty for anything else. */
    public static Optional<Language> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String language = wanted.contains("-") ? wanted.substring(0, wanted.indexOf('-')) : wanted;
        return Arrays.stream(values()).filter(l -> l.code().equals(language)).findFirst();
    }

    /** "en, de, fr, es", for help texts and error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return ownName;
    }
}
