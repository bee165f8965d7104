package org.outboxdoctor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a helpdesk script is told when the command line itself is wrong: one plain sentence about the argument,
 * a suggestion for a misspelled command or option, and the help command that exists. Exit status 2.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static int handle(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(sentence(e));
        if (e instanceof UnmatchedArgumentException unmatched && !mentionsPassword(unmatched)) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println("Run \"" + command.getCommandSpec().qualifiedName() + " --help\" to see what it accepts.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String sentence(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && mentions(unmatched, "--oauth-token")) {
            return "There is no --oauth-token option, so that a token never shows in the list of running programs:"
                    + " put it in an environment variable and use --oauth-token-env VARIABLE.";
        }
        if (e instanceof UnmatchedArgumentException unmatched && mentionsPassword(unmatched)) {
            return "There is no --password option, so that a password never shows in the list of running programs:"
                    + " use --password-env VARIABLE or --password-stdin.";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg instanceof OptionSpec option && option.longestName().equals(LanguageOption.NAME) && e.getValue() != null) {
            return LanguageOption.unknown(e.getValue());
        }
        if (arg instanceof OptionSpec option && e.getValue() != null && isNumber(option.type())) {
            return option.longestName() + " needs a whole number, like " + example(option.longestName()) + ", not \""
                    + e.getValue() + "\".";
        }
        return e.getMessage();
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
