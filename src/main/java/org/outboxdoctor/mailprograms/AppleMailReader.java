package org.outboxdoctor.mailprograms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Apple Mail's accounts on macOS, through AppleScript (apple-mail-accounts.applescript beside this class). macOS lets
 * a program read Mail's settings only with the user's Automation consent, so every way this can fail ends in a plain
 * note on where to look instead: Mail > Settings > Accounts > Server Settings.
 */
final class AppleMailReader {
    static final String SCRIPT_RESOURCE = "apple-mail-accounts.applescript";
    /** Long enough for Mail to answer, short enough that an unanswered consent dialog does not hold the scan. */
    static final Duration TIMEOUT = Duration.ofSeconds(8);
    static final int MAX_OUTPUT_CHARS = 1024 * 1024;

    private final HostOs os;
    private final CommandRunner runner;
    private final MailProgramsTexts texts;

    AppleMailReader(HostOs os, CommandRunner runner, MailProgramsTexts texts) {
        this.os = os;
        this.runner = runner;
        this.texts = texts;
    }

    MailProgramsScan read() {
        if (os != HostOs.MACOS) {
            return howToLookUp(Optional.empty());
        }
        CommandRunner.Result result;
        try {
            result = runner.run(command(script()), TIMEOUT, MAX_OUTPUT_CHARS);
        } catch (IOException e) {
            return howToLookUp(Optional.of(NoteCode.UNREADABLE));
        }
        return AppleMailOutput.parse(result, texts);
    }

    private MailProgramsScan howToLookUp(Optional<NoteCode> why) {
        List<ProgramNote> notes = new ArrayList<>();
        why.ifPresent(code -> notes.add(AppleMailOutput.note(texts, code, "osascript")));
        notes.add(AppleMailOutput.note(texts, NoteCode.HOW_TO_LOOK_UP));
        return new MailProgramsScan(List.of(), notes);
    }

    /** osascript takes a script as one -e per line. */
    static List<String> command(String script) {
        List<String> command = new ArrayList<>(List.of("osascript"));
        for (String line : script.split("\\R")) {
            if (!line.isBlank() && !line.trim().startsWith("--")) {
                command.add("-e");
                command.add(line);
            }
        }
        return command;
    }

    static String script() {
        try (InputStream in = AppleMailReader.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + SCRIPT_RESOURCE + " is missing from the build");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!script.contains(AppleMailOutput.ACCOUNT) || !script.contains(AppleMailOutput.NOT_RUNNING)) {
                throw new IllegalStateException(SCRIPT_RESOURCE + " does not print the lines AppleMailOutput reads");
            }
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
