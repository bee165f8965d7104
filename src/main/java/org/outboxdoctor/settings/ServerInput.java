package org.outboxdoctor.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A server name as typed into a mail program, which may carry a scheme or a port
 * ("smtp://mail.example.com:587"); the parts are separated and each correction is noted for the user.
 */
public record ServerInput(String host, OptionalInt port, Security securityHint, List<SettingNote> notes) {

    public static ServerInput parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidSettingException.of("problem.server.missing");
        }
        List<SettingNote> notes = new ArrayList<>();
        String rest = text.trim();
        Security hint = null;
        int scheme = rest.indexOf("://");
        if (scheme > 0) {
            String word = rest.substring(0, scheme).toLowerCase(Locale.ROOT);
            hint = switch (word) {
                case "smtps", "ssl", "tls" -> Security.TLS;
                case "smtp" -> null;
                default -> throw InvalidSettingException.of("problem.server.notAName", text.trim());
            };
            rest = rest.substring(scheme + 3);
            notes.add(SettingNote.of("note.scheme", word));
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        OptionalInt port = OptionalInt.empty();
        int colon = rest.lastIndexOf(':');
        boolean bracketed = rest.startsWith("[");
        if (colon > 0 && (bracketed ? rest.indexOf(']') < colon : rest.indexOf(':') == colon)) {
            String digits = rest.substring(colon + 1);
            if (!digits.matches("\\d{1,5}")) {
                throw InvalidSettingException.of("problem.server.badPort", text.trim(), digits);
            }
            port = OptionalInt.of(Ports.check(Integer.parseInt(digits)));
            rest = rest.substring(0, colon);
            notes.add(SettingNote.of("note.gluedPort", digits));
        }
        String host = HostName.normalize(rest);
        if (!HostName.isIpLiteral(host) && !HostName.isValid(host)) {
            throw InvalidSettingException.of("problem.server.invalid", text.trim());
        }
        return new ServerInput(host, port, hint, List.copyOf(notes));
    }
}
