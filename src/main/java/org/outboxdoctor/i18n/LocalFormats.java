package org.outboxdoctor.i18n;

import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and quantities written the way the reader's language writes them ("1,8 s" in German). */
public final class LocalFormats {
    private LocalFormats() {
    }

    /** Milliseconds as seconds with one decimal: "1.8 s", "1,8 s". */
    public static String seconds(long millis, Locale locale) {
        return decimal(millis / 1000.0, 1, locale) + " s";
    }

    /** A number with exactly {@code digits} decimals in the locale's way. */
    public static String decimal(double value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /**
     * Date, time and offset: the language's medium date and time with the UTC offset, so two reports stay
     * comparable ("2026-03-02 14:05:09 +01:00" in English, "02.03.2026, 14:05:09 +01:00" in German).
     */
    public static String dateTime(ZonedDateTime at, Locale locale) {
        if (Language.of(locale) == Language.EN) {
            // the base keeps the ISO-like stamp that tickets, tests and scripts already know
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT).format(at);
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).format(at)
                + " " + DateTimeFormatter.ofPattern("xxx", Locale.ROOT).format(at);
    }
}
