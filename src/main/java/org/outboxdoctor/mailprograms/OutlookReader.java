package org.outboxdoctor.mailprograms;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Outlook (classic) accounts on Windows, from the registry through {@code reg query}: the program Windows itself ships,
 * run read-only with a few seconds' limit. The new Outlook keeps its accounts in Microsoft's cloud and has none here.
 */
final class OutlookReader {
    static final String PROFILES_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles";
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** A profile with a dozen accounts prints some 50 kB; far more is not Outlook's profile list. */
    static final int MAX_OUTPUT_CHARS = 4 * 1024 * 1024;

    private final HostOs os;
    private final CommandRunner runner;
    private final MailProgramsTexts texts;

    OutlookReader(HostOs os, CommandRunner runner, MailProgramsTexts texts) {
        this.os = os;
        this.runner = runner;
        this.texts = texts;
    }

    MailProgramsScan read() {
        if (os != HostOs.WINDOWS) {
            return new MailProgramsScan(List.of(), List.of());
        }
        CommandRunner.Result result;
        try {
            result = runner.run(List.of("reg", "query", PROFILES_KEY, "/s"), TIMEOUT, MAX_OUTPUT_CHARS);
        } catch (IOException e) {
            return problem(NoteCode.UNREADABLE, PROFILES_KEY);
        }
        if (result.timedOut()) {
            return problem(NoteCode.TIMED_OUT, "reg query");
        }
        if (result.truncated()) {
            return problem(NoteCode.TOO_LARGE, PROFILES_KEY);
        }
        // without Outlook the key is missing: reg says so and ends with 1, which simply means nothing was found
        return new MailProgramsScan(OutlookAccounts.from(RegQueryParser.parse(result.output()), texts), List.of());
    }

    private MailProgramsScan problem(NoteCode code, String where) {
        return new MailProgramsScan(List.of(), List.of(
                new ProgramNote(MailProgram.OUTLOOK, Optional.empty(), texts.note(code, where))));
    }
}
