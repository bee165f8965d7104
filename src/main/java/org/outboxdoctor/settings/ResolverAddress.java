package org.outboxdoctor.settings;

/**
 * A server given as HOST[:PORT] on the command line (--dns, --whoami-dns): an IPv4 address, a bracketed IPv6
 * address or a host name, and an optional port 1–65535. Checked before any connection, so a typo is bad input.
 */
public record ResolverAddress(String host, int port) {
    public static final int DNS_PORT = 53;

    public static ResolverAddress parse(String flag, String text) {
        String t = text == null ? "" : text.trim();
        String host = t;
        String port = null;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                throw InvalidSettingException.of("problem.resolver.bracketOpen", flag, text);
            }
            host = t.substring(1, close);
            String rest = t.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw InvalidSettingException.of("problem.resolver.afterBracket", flag, text);
                }
                port = rest.substring(1);
            }
            if (!IpLiteral.isIpv6(host)) {
                throw InvalidSettingException.of("problem.resolver.notIpv6", flag, text, host);
            }
        } else if (t.indexOf(':') >= 0 && t.indexOf(':') == t.lastIndexOf(':')) {
            host = t.substring(0, t.indexOf(':'));
            port = t.substring(t.indexOf(':') + 1);
        } else if (t.indexOf(':') >= 0 && !IpLiteral.isIpv6(t)) {
            throw InvalidSettingException.of("problem.resolver.ipv6Brackets", flag, text);
        }
        if (host.isEmpty() || (!IpLiteral.isValid(host) && !HostName.isValid(HostName.normalize(host)))) {
            throw InvalidSettingException.of("problem.resolver.notAHost", flag, text, host);
        }
        return new ResolverAddress(host, port == null ? DNS_PORT : port(flag, text, port));
    }

    private static int port(String flag, String text, String digits) {
        if (!digits.matches("\\d{1,5}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 65535) {
            throw InvalidSettingException.of("problem.resolver.port", flag, text);
        }
        return Integer.parseInt(digits);
    }

    /** As dnsjava and the reports show it: host:port, an IPv6 host in brackets. */
    public String hostPort() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
