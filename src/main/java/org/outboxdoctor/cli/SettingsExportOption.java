package org.outboxdoctor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.outboxdoctor.export.ExportResult;
import org.outboxdoctor.export.ExportTexts;
import org.outboxdoctor.export.HandOver;
import org.outboxdoctor.export.SettingsExport;
import org.outboxdoctor.report.CheckReport;
import org.outboxdoctor.report.SettingsHandOver;
import org.outboxdoctor.settings.InvalidSettingException;

/**
 * {@code --export-settings DIR} of `check` and `practice run`: after the check, the settings it proved go into DIR
 * as files for mail programs (see export/). Its lines go to standard error, so `--json` output stays one object.
 */
final class SettingsExportOption {

    private SettingsExportOption() {
    }

    /** Refuses a folder that cannot be one before the check runs, so nobody waits for a check whose files can't be written. */
    static void checkFolder(Path dir, Locale locale) {
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidSettingException(ExportTexts.get(locale).format("export.notAFolder", dir));
        }
    }

    /** {@link #checkFolder} for commands that report bad input themselves: false (and why, on err) when unusable. */
    static boolean usableFolder(Path dir, Locale locale, PrintWriter err) {
        try {
            checkFolder(dir, locale);
            return true;
        } catch (InvalidSettingException e) {
            err.println(e.message(locale));
            err.flush();
            return false;
        }
    }

    /**
     * Writes the files when a way to send was proven, and says what happened.
     *
     * @param practiceScenario the scenario's name for `practice run`, null for a real check
     * @return the check's exit status, or {@link ExitCodes#INCOMPLETE} when the files could not be written
     */
    static int write(Path dir, CheckReport report, String practiceScenario, PrintWriter err, int exitStatus) {
        if (dir == null) {
            return exitStatus;
        }
        ExportTexts texts = ExportTexts.get(report.stamp().locale());
        Optional<HandOver> handOver = SettingsHandOver.of(report, practiceScenario);
        if (handOver.isEmpty()) {
            err.println(texts.format("export.notProven"));
            err.flush();
            return exitStatus;
        }
        try {
            ExportResult result = SettingsExport.writeAll(handOver.get(), dir);
            result.notes().forEach(err::println);
            err.println(texts.format("export.written", dir));
            return exitStatus;
        } catch (IOException e) {
            err.println(texts.format("export.failed", dir, e.getMessage()));
            return ExitCodes.INCOMPLETE;
        } catch (InvalidSettingException e) {
            err.println(texts.format("export.failed", dir, e.message(report.stamp().locale())));
            return ExitCodes.INCOMPLETE;
        } finally {
            err.flush();
        }
    }
}
