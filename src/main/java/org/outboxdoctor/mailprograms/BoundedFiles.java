package org.outboxdoctor.mailprograms;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a settings file as text without surprises: only a regular file (a pipe in its place would wait forever), only
 * up to a size, and with bytes that are not UTF-8 replaced instead of failing.
 */
final class BoundedFiles {

    /** Why a file could not be read; the note each one gives. */
    enum Failure {
        UNREADABLE(NoteCode.UNREADABLE), TOO_LARGE(NoteCode.TOO_LARGE), LOCKED(NoteCode.LOCKED);

        final NoteCode note;

        Failure(NoteCode note) {
            this.note = note;
        }
    }

    static final class CannotRead extends Exception {
        final Failure failure;

        CannotRead(Failure failure, String why) {
            super(why, null, false, false);
            this.failure = failure;
        }
    }

    private BoundedFiles() {
    }

    static String read(Path file, long maxBytes) throws CannotRead {
        if (!Files.isRegularFile(file)) {
            throw new CannotRead(Failure.UNREADABLE, "not a file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CannotRead(Failure.TOO_LARGE, size + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                throw new CannotRead(Failure.TOO_LARGE, bytes.length + " bytes");
            }
            return decode(bytes);
        } catch (AccessDeniedException e) {
            throw new CannotRead(Failure.UNREADABLE, "access denied");
        } catch (FileSystemException e) {
            // Windows: "The process cannot access the file because it is being used by another process"
            String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
            throw new CannotRead(reason.contains("another process") || reason.contains("locked")
                    ? Failure.LOCKED : Failure.UNREADABLE, String.valueOf(e.getReason()));
        } catch (IOException | OutOfMemoryError e) {
            throw new CannotRead(Failure.UNREADABLE, e.getClass().getSimpleName());
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }
}
