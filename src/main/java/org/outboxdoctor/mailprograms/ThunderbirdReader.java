package org.outboxdoctor.mailprograms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Thunderbird's accounts, read from each profile's prefs.js. Files are only read, never written or locked. */
final class ThunderbirdReader {
    /** A real prefs.js is well under 1 MB; anything this big is not one worth reading. */
    static final long MAX_PREFS_BYTES = 20L * 1024 * 1024;

    private final List<Path> roots;
    private final MailProgramsTexts texts;

    ThunderbirdReader(Path home, HostOs os, Map<String, String> environment, MailProgramsTexts texts) {
        this.roots = ThunderbirdProfiles.roots(home, os, environment);
        this.texts = texts;
    }

    MailProgramsScan read() {
        ThunderbirdProfiles.Found found = ThunderbirdProfiles.find(roots, texts);
        List<FoundAccount> accounts = new ArrayList<>();
        List<ProgramNote> notes = new ArrayList<>(found.notes());
        for (ThunderbirdProfiles.Profile profile : found.profiles()) {
            readProfile(profile, accounts, notes);
        }
        return new MailProgramsScan(accounts, notes);
    }

    private void readProfile(ThunderbirdProfiles.Profile profile, List<FoundAccount> accounts, List<ProgramNote> notes) {
        Optional<String> name = Optional.of(profile.name());
        Path prefsFile = profile.directory().resolve("prefs.js");
        if (!Files.exists(prefsFile, LinkOption.NOFOLLOW_LINKS)) {
            return; // a profile that was never opened has no settings yet: nothing to say
        }
        if (inUse(profile.directory())) {
            notes.add(new ProgramNote(MailProgram.THUNDERBIRD, name, texts.note(NoteCode.PROFILE_IN_USE, profile.name())));
        }
        Prefs prefs;
        try {
            prefs = PrefsJsParser.parse(BoundedFiles.read(prefsFile, MAX_PREFS_BYTES));
        } catch (BoundedFiles.CannotRead e) {
            notes.add(new ProgramNote(MailProgram.THUNDERBIRD, name, texts.note(e.failure.note, prefsFile.toString())));
            return;
        }
        if (prefs.skippedLines() > 0) {
            notes.add(new ProgramNote(MailProgram.THUNDERBIRD, name,
                    texts.note(NoteCode.MALFORMED, prefs.skippedLines(), prefsFile.toString())));
        }
        accounts.addAll(ThunderbirdAccounts.read(prefs, profile.name(), profile.isDefault(), texts));
    }

    /**
     * Whether Thunderbird has the profile open: the "lock" link on Linux and macOS (it points nowhere, so it is looked
     * at without following it; a crash can leave it behind, so this is only a note), or on Windows a "parent.lock"
     * that cannot be opened because Thunderbird holds it without sharing (one left from before opens fine).
     */
    private static boolean inUse(Path directory) {
        if (Files.isSymbolicLink(directory.resolve("lock"))) {
            return true;
        }
        Path parentLock = directory.resolve("parent.lock");
        if (!Files.isRegularFile(parentLock, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var channel = Files.newByteChannel(parentLock, StandardOpenOption.READ)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
