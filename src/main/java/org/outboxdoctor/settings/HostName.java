package org.outboxdoctor.settings;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names and IP literals as users type them into a mail program. */
public final class HostName {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

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

    public static boolean isIpLiteral(String text) {
        return isIpv4(text) || (text != null && text.contains(":") && text.matches("[0-9a-fA-F:.]+"));
    }

    private static boolean isIpv4(String text) {
        var m = IPV4.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
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
