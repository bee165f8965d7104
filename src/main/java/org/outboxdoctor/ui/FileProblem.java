package org.outboxdoctor.ui;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outboxdoctor.settings.InvalidSettingException;

/**
 * Why a file could not be saved, in the window's language: the system's own reasons are English (or the system's
 * language) and name Java's exceptions, so the common ones are said in words and the rest is logged.
 */
final class FileProblem {
    private static final Logger LOG = Logger.getLogger(FileProblem.class.getName());

    private FileProblem() {
    }

    static String reason(Exception e, Messages messages) {
        if (e instanceof InvalidSettingException setting) {
            return setting.message(messages.language());
        }
        if (e instanceof AccessDeniedException denied) {
            return messages.format("file.problem.denied", String.valueOf(denied.getFile()));
        }
        if (e instanceof NoSuchFileException missing) {
            return messages.format("file.problem.noFolder", String.valueOf(missing.getFile()));
        }
        if (e instanceof FileSystemException system && String.valueOf(system.getReason()).toLowerCase(Locale.ROOT)
                .contains("no space left")) {
            return messages.get("file.problem.full");
        }
        LOG.log(Level.WARNING, "A file could not be written", e);
        return messages.get("file.problem.other");
    }
}
