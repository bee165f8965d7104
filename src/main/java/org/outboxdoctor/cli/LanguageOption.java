package org.outboxdoctor.cli;

import java.util.Locale;
import java.util.Optional;
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

    @Option(names = NAME, paramLabel = "en|de|fr|es", converter = Parse.class)
    Language chosen;

    Language language() {
        return orThisComputer(chosen);
    }

    /**
     * The language of {@code --help} and of a usage error: picocli prints the help while it parses, before this
     * option is set, and a usage error comes from arguments that could not be read, so the arguments are read for
     * {@code --lang} (or {@code --lang=}) first, with the same rule; after {@code --} they are text, not options. A
     * value that is no language gives the computer's here; the parsing then reports it as bad input.
     */
    static Language ofArguments(String[] args) {
        for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
            if (args[i].startsWith(NAME + "=")) {
                return orThisComputer(parse(args[i].substring(NAME.length() + 1)).orElse(null));
            }
            if (args[i].equals(NAME) && i + 1 < args.length) {
                return orThisComputer(parse(args[i + 1]).orElse(null));
            }
        }
        return orThisComputer(null);
    }

    /** The one rule: the language asked for, else the computer's when it is one of ours, else English. */
    private static Language orThisComputer(Language chosen) {
        return chosen != null ? chosen : Language.ofThisComputer();
    }

    /** A two-letter code of one of the languages ("de-CH" is not a value of --lang). */
    private static Optional<Language> parse(String value) {
        return Language.byCode(value).filter(l -> value.strip().length() == 2);
    }

    Locale locale() {
        return language().locale();
    }

    /** The sentence for a value that is not a language (UsageErrors prints it, exit 2). */
    static String unknown(String value) {
        return ReportTexts.of(Language.ofThisComputer().locale()).format("cli.lang.unknown", value, Language.codes());
    }

    static final class Parse implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return parse(value).orElseThrow(
                    () -> new TypeConversionException(unknown(value)));
        }
    }
}
