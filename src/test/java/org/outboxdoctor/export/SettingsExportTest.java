package org.outboxdoctor.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsExportTest {
    @TempDir
    Path temp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFourFilesIntoAFolderItCreates() throws Exception {
        Path dir = temp.resolve("new/settings");
        ExportResult result = SettingsExport.writeAll(Samples.imapAccount(), dir);

        assertEquals(List.of("config-v1.1.xml", "outbox-doctor.mobileconfig", "steps.txt", "thunderbird-android-qr.png"), names(dir));
        assertEquals(4, result.written().size());
        assertEquals(List.of(), result.notes());
        assertArrayEquals(AppleProfile.bytes(Samples.imapAccount()), Files.readAllBytes(dir.resolve(SettingsExport.PROFILE)));
        assertArrayEquals(ThunderbirdAutoconfig.bytes(Samples.imapAccount()), Files.readAllBytes(dir.resolve(SettingsExport.AUTOCONFIG)));
        assertEquals(ThunderbirdAndroidQr.payload(Samples.imapAccount()),
                ThunderbirdAndroidQrTest.decode(Files.readAllBytes(dir.resolve(SettingsExport.QR_CODE))));
        assertEquals(SetupSteps.text(Samples.imapAccount()), Files.readString(dir.resolve(SettingsExport.STEPS)));
    }

    @Test
    void replacesItsOwnFilesAndLeavesOthersAlone() throws Exception {
        Files.writeString(temp.resolve(SettingsExport.STEPS), "old steps");
        Files.writeString(temp.resolve("notes.txt"), "mine");
        SettingsExport.writeAll(Samples.popAccount(), temp);
        assertTrue(Files.readString(temp.resolve(SettingsExport.STEPS)).contains("pop.domain.example"));
        assertEquals("mine", Files.readString(temp.resolve("notes.txt")));
        assertEquals(5, names(temp).size(), "no temporary file is left behind: " + names(temp));
    }

    @Test
    void withoutAnIncomingServerOnlyTheStepsAreWrittenAndOldFilesGo() throws Exception {
        SettingsExport.writeAll(Samples.imapAccount(), temp);
        ExportResult result = SettingsExport.writeAll(Samples.outgoingOnly(), temp);

        assertEquals(List.of(temp.resolve(SettingsExport.STEPS)), result.written());
        assertEquals(List.of("steps.txt"), names(temp));
        assertEquals(6, result.notes().size(), result.notes().toString());
        assertEquals("outbox-doctor.mobileconfig was not made: it needs the incoming server too, and the check found "
                + "none that accepted the password.", result.notes().get(0));
        assertTrue(result.notes().get(1).startsWith("The older outbox-doctor.mobileconfig in this folder was removed"));
        assertTrue(Files.readString(temp.resolve(SettingsExport.STEPS), StandardCharsets.UTF_8).contains("smtp.domain.example"));
    }

    @Test
    void aFolderInTheWayOrAFileForTheFolderIsAnError() throws Exception {
        Files.createDirectory(temp.resolve(SettingsExport.STEPS));
        IOException e = assertThrows(IOException.class, () -> SettingsExport.writeAll(Samples.imapAccount(), temp));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());

        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertThrows(IOException.class, () -> SettingsExport.writeAll(Samples.imapAccount(), file));
        assertFalse(Files.exists(temp.resolve("a-file").resolve(SettingsExport.STEPS)));
    }
}
