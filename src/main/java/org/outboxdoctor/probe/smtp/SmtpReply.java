package org.outboxdoctor.probe.smtp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMTP reply (RFC 5321 §4.2): a three-digit code and one or more text lines, with the enhanced
 * status code (RFC 3463) when the server gives one.
 */
public record SmtpReply(int code, List<String> lines) {
    private static final Pattern ENHANCED = Pattern.compile("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s|$)");

    public SmtpReply {
        lines = List.copyOf(lines);
    }

    public boolean positive() {
        return code >= 200 && code < 400;
    }

    public boolean transientFailure() {
        return code >= 400 && code < 500;
    }

    /** "5.7.8" when the first line starts with an enhanced status code. */
    public Optional<String> enhanced() {
        Matcher m = ENHANCED.matcher(lines.isEmpty() ? "" : lines.get(0));
        return m.find() ? Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3)) : Optional.empty();
    }

    /** All text lines joined, without the codes. */
    public String text() {
        return String.join(" ", lines);
    }

    /** As it would appear on the wire, one line: "535 5.7.8 Error: authentication failed". */
    public String show() {
        return code + " " + text();
    }
}
