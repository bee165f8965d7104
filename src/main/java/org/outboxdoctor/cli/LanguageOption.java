package org.outboxdoctor.cli;

import java.util.Locale;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.report.ReportTexts;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang en|de|fr|es}: the language of a command's human lines. Without it, the computer's language when
 * it is one of these, else English. JSON keeps its field names and codes; only its sentences follow.
 */
final class LanguageOption {
    static final String NAME = "--lang";

    @Option(names = NAME, paramLabel = "en|de|fr|es", converter = Parse.class,
            description = "Language of the report: en, de, fr or es (default: this computer's language, else English).")
    Language chosen;

    Language language() {
        return chosen != null ? chosen : Language.ofThisComputer();
    }

    Locale locale() {
        return language().locale();
    }

    /**
     * The language {@code args} ask for, for sentences printed before or without a parsed command (a usage error, an
     * error in the program): the value of {@code --lang} (or {@code --lang=}) when it names a language, else this
     * computer's. Arguments after {@code --} are text, not options.
     */
    static Locale of(String[] args) {
        Language found = null;
        for (int i = 0; args != null && i < args.length && !"--".equals(args[i]); i++) {
            String value = NAME.equals(args[i]) && i + 1 < args.length ? args[i + 1]
                    : args[i] != null && args[i].startsWith(NAME + "=") ? args[i].substring(NAME.length() + 1) : null;
            if (value != null && value.strip().length() == 2) {
                found = Language.byCode(value).orElse(found);
            }
        }
        return (found != null ? found : Language.ofThisComputer()).locale();
    }

    /** The sentence for a value that is not a language (UsageErrors prints it, exit 2). */
    static String unknown(String value) {
        return ReportTexts.of(Language.ofThisComputer().locale()).format("cli.lang.unknown", value, Language.codes());
    }

    static final class Parse implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.byCode(value).filter(l -> value.strip().length() == 2).orElseThrow(
                    () -> new TypeConversionException(unknown(value)));
        }
    }
}
