package org.outboxdoctor.settings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IPv4 and IPv6 literals read strictly (RFC 4291 section 2.2 text forms, no zone, no brackets): text that merely
 * looks like an address ("1:2:3", "[12:34:56]", "dead:beef") is not one. Only text that passed this check is
 * handed to {@link InetAddress#getByName}, which then never asks DNS.
 */
public final class IpLiteral {
    private IpLiteral() {
    }

    public static boolean isValid(String text) {
        return text != null && (isIpv4(text) || isIpv6(text));
    }

    /** The address, when the text is a literal; empty for anything else (a name, garbage). */
    public static Optional<InetAddress> parse(String text) {
        if (!isValid(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String text) {
        if (text.length() < 2 || text.length() > 45 || text.indexOf(':') < 0) {
            return false;
        }
        String groupsOnly = text;
        int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.', lastColon) >= 0) {
            // an embedded IPv4 address stands for the last two groups
            if (!isIpv4(text.substring(lastColon + 1))) {
                return false;
            }
            groupsOnly = text.substring(0, lastColon + 1) + "0:0";
        }
        int doubleColon = groupsOnly.indexOf("::");
        if (doubleColon < 0) {
            return hexGroups(groupsOnly) == 8;
        }
        if (groupsOnly.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        int head = hexGroups(groupsOnly.substring(0, doubleColon));
        int tail = hexGroups(groupsOnly.substring(doubleColon + 2));
        return head >= 0 && tail >= 0 && head + tail <= 7;
    }

    /** How many groups of 1 to 4 hex digits, separated by single colons; -1 when it is not that. */
    private static int hexGroups(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        String[] groups = text.split(":", -1);
        return allHex(groups, 0, groups.length) ? groups.length : -1;
    }

    private static boolean allHex(String[] groups, int from, int to) {
        for (int i = from; i < to; i++) {
            String g = groups[i];
            if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                return false;
            }
        }
        return true;
    }
}
