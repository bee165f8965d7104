package org.outboxdoctor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: parses, runs, and turns every failure into a message and an exit status. */
@Command(name = "outbox-doctor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds out why email cannot be sent from this computer. Without a command it opens the assistant.")
public final class OutboxDoctorCli {

    private OutboxDoctorCli() {
    }

    public static int run(String[] args, Map<String, String> environment, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new OutboxDoctorCli())
                .addSubcommand(new CommandLine(new CheckCommand(environment, stdin)))
                .addSubcommand(new CommandLine(new PracticeCommand()))
                .addSubcommand(new CommandLine(new MailProgramsCommand()))
                .addSubcommand(new CommandLine(new ExplainCommand(stdin)))
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> ExitCodes.INCOMPLETE)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> UnexpectedError.report(e, commandLine.getErr(),
                        LanguageOption.of(args)));
        cli.setParameterExceptionHandler(UsageErrors::handle);
        return cli.execute(args);
    }
}
