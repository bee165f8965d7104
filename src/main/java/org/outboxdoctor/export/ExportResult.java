package org.outboxdoctor.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SettingsExport#writeAll} did.
 *
 * @param written the files written, in the order written (files of the same name were replaced)
 * @param notes plain sentences about files not made or removed, for the user
 */
public record ExportResult(Path folder, List<Path> written, List<String> notes) {

    public ExportResult {
        written = List.copyOf(written);
        notes = List.copyOf(notes);
    }
}
