package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Save report…" opens in the documents folder or the home folder, never the working directory. */
class SaveFolderTest {

    @TempDir
    Path home;

    @Test
    void documentsWhenThereIsOne() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertEquals(documents, SaveFolder.initial(home));
    }

    @Test
    void theDesktopsOwnNameForTheDocumentsFolder() throws Exception {
        Files.createDirectory(home.resolve("Documents"));
        Path dokumente = Files.createDirectory(home.resolve("Dokumente"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        assertEquals(dokumente, SaveFolder.initial(home));
    }

    @Test
    void theHomeFolderOtherwiseNeverTheWorkingDirectory() {
        assertEquals(home, SaveFolder.initial(home));
    }
}
