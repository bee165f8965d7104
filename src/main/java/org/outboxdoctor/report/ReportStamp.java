package org.outboxdoctor.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.outboxdoctor.i18n.LocalFormats;

/**
 * When, with what, where and in which language a report was made, so that a ticket can tell two reports apart: the time (with its
 * offset), the app's version, the operating system, and the practice scenario when the check ran against one
 * (empty for a real check).
 */
public record ReportStamp(ZonedDateTime at, String version, String os, String practice, Locale locale) {

    public ReportStamp {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(locale, "locale");
    }

    /** A stamp for a report in English. */
    public ReportStamp(ZonedDateTime at, String version, String os, String practice) {
        this(at, version, os, practice, Locale.ROOT);
    }

    /** Now by {@code clock} (tests hand in a fixed one), this app's version and this computer's system. */
    public static ReportStamp of(Clock clock) {
        String version = ReportStamp.class.getPackage().getImplementationVersion();
        String os = System.getProperty("os.name", "unknown") + " " + System.getProperty("os.version", "")
                + " (" + System.getProperty("os.arch", "") + ")";
        return new ReportStamp(ZonedDateTime.now(clock), version == null ? "development" : version, os.strip(), "");
    }

    /** The same stamp for a check against a practice scenario ({@code scenario}: its id and title). */
    public ReportStamp practicing(String scenario) {
        return new ReportStamp(at, version, os, scenario, locale);
    }

    /** The same stamp for a report written in {@code language} (the findings are in it too). */
    public ReportStamp inLanguage(Locale language) {
        return new ReportStamp(at, version, os, practice, language);
    }

    public boolean isPractice() {
        return !practice.isEmpty();
    }

    /** One sentence for the text and HTML reports. */
    public String sentence() {
        return ReportTexts.of(locale).format("report.stamp", LocalFormats.dateTime(at, locale), version, os);
    }

    /** The practice line that heads a practice report; empty outside practice. */
    public String practiceLine() {
        return isPractice() ? ReportTexts.of(locale).format("report.stamp.practice", practice) : "";
    }

    /** The time as ISO-8601 with its offset, for JSON. */
    public String isoTime() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }
}
