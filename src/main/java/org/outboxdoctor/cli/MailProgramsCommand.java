package org.outboxdoctor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.outboxdoctor.mailprograms.MailPrograms;
import org.outboxdoctor.mailprograms.MailProgramsJson;
import org.outboxdoctor.mailprograms.MailProgramsScan;
import org.outboxdoctor.mailprograms.MailProgramsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `outbox-doctor mailprograms`: the accounts found in the mail programs on this computer, without any password. */
@Command(name = "mailprograms", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class MailProgramsCommand implements Callable<Integer> {
    private final Function<Locale, MailPrograms> mailPrograms;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Mixin
    LanguageOption lang = new LanguageOption();

    /** This computer's mail programs. */
    public MailProgramsCommand() {
        this(MailPrograms::forThisComputer);
    }

    /** Tests give mail programs read from a home folder they built, with notes in the language asked for. */
    MailProgramsCommand(Function<Locale, MailPrograms> mailPrograms) {
        this.mailPrograms = mailPrograms;
    }

    @Override
    public Integer call() {
        MailProgramsScan scan = mailPrograms.apply(lang.locale()).scan();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(MailProgramsJson.render(scan));
        } else {
            out.print(new MailProgramsText(lang.locale()).render(scan));
        }
        out.flush();
        return ExitCodes.CAN_SEND;
    }
}
