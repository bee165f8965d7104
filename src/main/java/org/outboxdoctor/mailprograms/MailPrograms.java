package org.outboxdoctor.mailprograms;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The mail programs' account settings on this computer, read-only and never a password: Thunderbird (every OS),
 * Outlook classic (Windows) and Apple Mail (macOS). A program that cannot be read gives a line, never an exception,
 * and nothing here waits more than a few seconds.
 *
 * <p>The home folder, operating system, environment and the way programs are run are given, so tests build a home in
 * a temporary folder and hand in recorded program output.
 */
public final class MailPrograms {
    private final Path home;
    private final HostOs os;
    private final Map<String, String> environment;
    private final CommandRunner runner;
    private final MailProgramsTexts texts;

    public MailPrograms(Path home, HostOs os, Map<String, String> environment, CommandRunner runner, Locale locale) {
        this.home = Objects.requireNonNull(home, "home");
        this.os = Objects.requireNonNull(os, "os");
        this.environment = Map.copyOf(environment);
        this.runner = Objects.requireNonNull(runner, "runner");
        this.texts = new MailProgramsTexts(locale);
    }

    /** This computer: the user's home, its operating system and environment, real programs. */
    public static MailPrograms forThisComputer(Locale locale) {
        String nativeEncoding = System.getProperty("native.encoding");
        Charset charset = nativeEncoding != null && Charset.isSupported(nativeEncoding)
                ? Charset.forName(nativeEncoding) : Charset.defaultCharset();
        return new MailPrograms(Path.of(System.getProperty("user.home")), HostOs.current(), System.getenv(),
                new ProcessCommandRunner(charset), locale);
    }

    public MailProgramsScan scan() {
        List<MailProgramsScan> parts = new ArrayList<>();
        parts.add(guarded(MailProgram.THUNDERBIRD, () -> new ThunderbirdReader(home, os, environment, texts).read()));
        parts.add(guarded(MailProgram.OUTLOOK, () -> new OutlookReader(os, runner, texts).read()));
        parts.add(guarded(MailProgram.APPLE_MAIL, () -> new AppleMailReader(os, runner, texts).read()));
        return MailProgramsScan.merge(parts);
    }

    /** The account that sends as {@code address}, in whichever program has it (see {@link MailProgramsScan#accountFor}). */
    public Optional<FoundAccount> accountFor(String address) {
        return scan().accountFor(address);
    }

    /** One program's surprise (a file system that throws what it should not) must not cost the others' accounts. */
    private MailProgramsScan guarded(MailProgram program, Supplier<MailProgramsScan> reader) {
        try {
            return reader.get();
        } catch (RuntimeException | StackOverflowError e) {
            return new MailProgramsScan(List.of(), List.of(new ProgramNote(program, Optional.empty(),
                    texts.note(NoteCode.UNREADABLE, e.getClass().getSimpleName()))));
        }
    }
}
