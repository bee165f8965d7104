package org.outboxdoctor.settings;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names and IP literals as users type them into a mail program. */
public final class HostName {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

    private HostName() {
    }

    public static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > 253) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A real IPv4 or IPv6 literal (see {@link IpLiteral}), not text that only looks like one. */
    public static boolean isIpLiteral(String text) {
        return IpLiteral.isValid(text);
    }

    /** Lower case, punycode, no trailing dot; IP literals unchanged (brackets removed). */
    public static String normalize(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (isIpLiteral(t)) {
            return t;
        }
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return IDN.toASCII(t, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return t.toLowerCase(Locale.ROOT);
        }
    }
}
