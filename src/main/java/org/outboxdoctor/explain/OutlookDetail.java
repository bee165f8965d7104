package org.outboxdoctor.explain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Outlook's detail line, in any language the catalogue knows the labels of:
 * {@code Server: 'smtp.example.com', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E}.
 */
record OutlookDetail(Optional<String> server, Optional<Integer> port, Optional<Boolean> ssl, Optional<String> protocol,
                     Optional<Integer> socketError) {
    static final List<String> FIELDS = List.of("server", "port", "ssl", "protocol", "socketError");
    private static final Set<String> VALUE = Set.of("value");
    static final OutlookDetail NONE = new OutlookDetail(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** @param fields a pattern per field in {@link #FIELDS}, each capturing the group "value" */
    static OutlookDetail read(PastedText text, Map<String, Pattern> fields, Map<String, Boolean> sslWords) {
        return new OutlookDetail(
                value(text, fields, "server").map(OutlookDetail::hostName),
                value(text, fields, "port").flatMap(OutlookDetail::number).filter(p -> p > 0 && p < 65536),
                value(text, fields, "ssl").map(w -> sslWords.get(w.toLowerCase(Locale.ROOT))),
                value(text, fields, "protocol").map(p -> p.toUpperCase(Locale.ROOT)),
                value(text, fields, "socketError").flatMap(OutlookDetail::number));
    }

    private static Optional<String> value(PastedText text, Map<String, Pattern> fields, String field) {
        return text.find(fields.get(field), VALUE).flatMap(hit -> hit.group("value"));
    }

    static Optional<Integer> number(String digits) {
        try {
            return Optional.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A host name as a message quotes it, without the sentence's full stop after it. */
    static String hostName(String quoted) {
        String host = quoted;
        while (host.endsWith(".") || host.endsWith("-")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.toLowerCase(Locale.ROOT);
    }
}
