package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.i18n.Language;

/** A file that could not be saved is said in the window's language, never with Java's exception text. */
class FileProblemTest {

    @Test
    void aMissingFolderAsTheSystemReportsItIsSaidInEveryLanguage(@TempDir Path home) {
        Path target = home.resolve("gone").resolve("report.html");
        IOException real = assertThrows(IOException.class, () -> Files.writeString(target, "x"));
        for (Language language : Language.values()) {
            Messages messages = Messages.load(language);
            String said = FileProblem.reason(real, messages);
            assertEquals(messages.format("file.problem.noFolder", target.toString()), said, language.name());
            assertFalse(said.contains("Exception"), said);
        }
    }

    @Test
    void deniedFullAndOtherProblemsHaveTheirOwnSentences() {
        Messages messages = Messages.load(Language.DE);
        assertTrue(FileProblem.reason(new AccessDeniedException("/srv/x.html"), messages).startsWith("Sie dürfen nicht nach /srv/x.html"));
        assertEquals(messages.get("file.problem.full"),
                FileProblem.reason(new FileSystemException("/x", null, "No space left on device"), messages));
        String other = FileProblem.reason(new IOException("Input/output error"), messages);
        assertEquals(messages.get("file.problem.other"), other);
        assertFalse(other.contains("Input/output"), other);
    }
}
