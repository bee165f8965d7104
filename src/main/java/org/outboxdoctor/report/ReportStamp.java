package org.outboxdoctor.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * When, with what and where a report was made, so that a ticket can tell two reports apart: the time (with its
 * offset), the app's version, the operating system, and the practice scenario when the check ran against one
 * (empty for a real check).
 */
public record ReportStamp(ZonedDateTime at, String version, String os, String practice) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

    public ReportStamp {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(practice, "practice");
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
        return new ReportStamp(at, version, os, scenario);
    }

    public boolean isPractice() {
        return !practice.isEmpty();
    }

    /** One sentence for the text and HTML reports. */
    public String sentence() {
        return "Checked on " + SHOWN.format(at) + " with Outbox Doctor " + version + " on " + os + ".";
    }

    /** The practice line that heads a practice report; empty outside practice. */
    public String practiceLine() {
        return isPractice() ? "PRACTICE: scenario " + practice
                + ". Pretend mail servers on this computer played the provider; this is not a real account." : "";
    }

    /** The time as ISO-8601 with its offset, for JSON. */
    public String isoTime() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }
}
