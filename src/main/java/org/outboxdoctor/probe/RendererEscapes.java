package org.outboxdoctor.probe;

import java.util.List;

/**
 * How JSON, HTML and IMAP writers escape text, each in the variants common libraries produce. A secret that
 * contains a quote, a backslash, an ampersand or a non-ASCII letter looks different once escaped, so the
 * redactor searches each escaped form as well.
 */
final class RendererEscapes {

    /** The replacement for one character, or null to keep it. */
    @FunctionalInterface
    interface Escape {
        String of(char c);
    }

    /** What this app's JSON report (Gson without HTML escaping) writes. */
    static final Escape JSON = RendererEscapes::json;
    /** What this app's HTML report writes (HtmlReport.escape). */
    static final Escape HTML = c -> switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "\uFFFD" : null;
    };

    /** Every escaping a server, a mail library or one of our renderers may apply to a line. */
    static final List<Escape> ALL = List.of(
            c -> null,
            JSON,
            // Gson's default, HTML-safe mode
            c -> "<>&='".indexOf(c) >= 0 ? unicode(c) : json(c),
            // Python's json.dumps (ensure_ascii)
            c -> c > 0x7f ? unicode(c) : json(c),
            // PHP's json_encode
            c -> c == '/' ? "\\/" : c > 0x7f ? unicode(c) : json(c),
            HTML,
            c -> c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null,
            c -> c == '\'' ? "&#x27;" : HTML.of(c),
            c -> c == '\'' ? "&apos;" : c == '"' ? "&#34;" : HTML.of(c),
            // IMAP quoted strings (RFC 9051): only the quote and the backslash are escaped
            c -> c == '"' || c == '\\' ? "\\" + c : null);

    private RendererEscapes() {
    }

    static char[] apply(char[] form, Escape escape) {
        SecretChars out = new SecretChars(form.length + 16);
        for (char c : form) {
            String replacement = escape.of(c);
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
            }
        }
        return out.take();
    }

    private static String json(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\f' -> "\\f";
            default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? unicode(c) : null;
        };
    }

    private static String unicode(char c) {
        String hex = Integer.toHexString(c);
        return "\\u" + "0000".substring(hex.length()) + hex;
    }
}
