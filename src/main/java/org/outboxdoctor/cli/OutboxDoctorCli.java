package org.outboxdoctor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.ResourceBundle;
import org.outboxdoctor.i18n.Bundles;
import org.outboxdoctor.i18n.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: parses, runs, and turns every failure into a message and an exit status. The commands' --help
 * texts are in {@code cli/help.properties} and its translations, not in the annotations, so they have a language.
 */
@Command(name = "outbox-doctor", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class OutboxDoctorCli {
    /** The bundle of the usage help (picocli's keys, see the file's header). */
    static final String HELP_BUNDLE = "org.outboxdoctor.cli.help";

    private OutboxDoctorCli() {
    }

    public static int run(String[] args, Map<String, String> environment, InputStream stdin, PrintWriter out, PrintWriter err) {
        Language language = LanguageOption.ofArguments(args);
        CommandLine cli = commands(environment, stdin, helpTexts(language))
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> ExitCodes.INCOMPLETE)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> UnexpectedError.report(e, commandLine.getErr(),
                        language.locale()));
        cli.setParameterExceptionHandler(UsageErrors::handle);
        return cli.execute(args);
    }

    /** Every command, with its usage help from {@code help} (which reaches the subcommands too). */
    static CommandLine commands(Map<String, String> environment, InputStream stdin, ResourceBundle help) {
        return new CommandLine(new OutboxDoctorCli())
                .addSubcommand(new CommandLine(new CheckCommand(environment, stdin)))
                .addSubcommand(new CommandLine(new PracticeCommand()))
                .addSubcommand(new CommandLine(new MailProgramsCommand()))
                .addSubcommand(new CommandLine(new ExplainCommand(stdin)))
                .setResourceBundle(help);
    }

    /** Loaded by the app itself, not by picocli, so a translation's gaps read English and never the computer's language. */
    static ResourceBundle helpTexts(Language language) {
        return Bundles.load(HELP_BUNDLE, language);
    }
}
