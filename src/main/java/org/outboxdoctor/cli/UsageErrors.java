package org.outboxdoctor.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a helpdesk script is told when the command line itself is wrong: one plain sentence about the argument,
 * a suggestion for a misspelled command or option, and the help command that exists, in the language the
 * arguments ask for ({@code --lang}) or else this computer's. Exit status 2.
 *
 * <p>A value the command does not take is never quoted back: it may be a password typed in the wrong place.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static int handle(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        ErrorTexts texts = ErrorTexts.of(LanguageOption.ofArguments(args).locale());
        err.println(sentence(e, args, texts));
        if (e instanceof UnmatchedArgumentException unmatched && !mentionsPassword(unmatched)
                && !unmatched.getSuggestions().isEmpty()) {
            err.println(texts.format("usage.didYouMean", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(texts.format("usage.help", command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String sentence(ParameterException e, String[] args, ErrorTexts texts) {
        if (e instanceof UnmatchedArgumentException unmatched && mentions(unmatched, "--oauth-token")) {
            return texts.format("usage.noToken");
        }
        if (e instanceof UnmatchedArgumentException unmatched && mentionsPassword(unmatched)) {
            return texts.format("usage.noPassword");
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, texts);
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing, args, texts);
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return texts.format("usage.together", String.join(", ", given(e.getCommandLine(), args)));
        }
        if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return texts.format("usage.once", option.longestName());
        }
        ArgSpec arg = e.getArgSpec();
        if (arg instanceof OptionSpec option && option.longestName().equals(LanguageOption.NAME) && e.getValue() != null) {
            return LanguageOption.unknown(e.getValue());
        }
        if (arg instanceof OptionSpec option && e.getValue() != null && isNumber(option.type())) {
            return texts.format("usage.wholeNumber", option.longestName(), example(option.longestName()), e.getValue());
        }
        // picocli's own sentence, in English, for the rare cases above do not know
        return texts.format("usage.other", e.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException e, ErrorTexts texts) {
        List<String> words = e.getUnmatched();
        String first = words.isEmpty() ? "" : words.get(0);
        if (first.startsWith("-") && first.length() > 1) {
            // only the name: what follows "=" may be a secret
            return texts.format("usage.unknownOption", first.contains("=") ? first.substring(0, first.indexOf('=')) : first);
        }
        if (!e.getSuggestions().isEmpty() || !e.getCommandLine().getSubcommands().isEmpty()) {
            // where a command's name goes (a near miss like "chek", or a word that is no command)
            return texts.format("usage.unknownCommand", first);
        }
        return texts.format("usage.extraValue");
    }

    private static String missing(MissingParameterException e, String[] args, ErrorTexts texts) {
        List<ArgSpec> missing = e.getMissing();
        if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option && given(option, args)) {
            return texts.format("usage.missingValue", option.longestName(), option.paramLabel());
        }
        String what = missing.stream().map(UsageErrors::shown).collect(Collectors.joining(", "));
        return texts.format("usage.missing", what);
    }

    private static String shown(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + " " + option.paramLabel();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
    }

    /** The options of the command's either-or groups that the arguments name. */
    private static Set<String> given(CommandLine command, String[] args) {
        Set<String> names = new LinkedHashSet<>();
        for (ArgGroupSpec group : command.getCommandSpec().argGroups()) {
            if (group.exclusive()) {
                group.options().stream().filter(o -> given(o, args)).forEach(o -> names.add(o.longestName()));
            }
        }
        return names;
    }

    private static boolean given(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names()).anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
    }

    private static boolean mentionsPassword(UnmatchedArgumentException e) {
        return mentions(e, "--password") || mentions(e, "--oauth-token");
    }

    private static boolean mentions(UnmatchedArgumentException e, String option) {
        return e.getUnmatched().stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
    }

    private static boolean isNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    private static String example(String option) {
        return switch (option) {
            case "--port" -> "587";
            case "--timeout" -> "15";
            default -> "60";
        };
    }
}
