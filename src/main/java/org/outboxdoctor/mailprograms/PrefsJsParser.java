package org.outboxdoctor.mailprograms;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the statements of a Mozilla prefs.js: {@code user_pref("name", value);} with a string (JavaScript escapes),
 * integer or boolean value, between {@code //}, {@code #} and {@code /* *}{@code /} comments.
 *
 * <p>A small strict tokenizer rather than a pattern over the file: a statement that is not exactly right is skipped
 * up to the end of its line and counted, and reading carries on with the next line. Preferences whose name mentions
 * a password are dropped as they are read, so none is ever held.
 */
final class PrefsJsParser {
    private static final Set<String> STATEMENTS = Set.of("user_pref", "pref", "sticky_pref");

    private final String text;
    private int at;
    private final Map<String, Object> values = new HashMap<>();
    private int skipped;

    private PrefsJsParser(String text) {
        this.text = text;
    }

    static Prefs parse(String text) {
        PrefsJsParser parser = new PrefsJsParser(text.startsWith("\uFEFF") ? text.substring(1) : text);
        parser.readAll();
        return new Prefs(parser.values, parser.skipped);
    }

    private void readAll() {
        while (true) {
            try {
                skipBlanksAndComments();
                if (at >= text.length()) {
                    return;
                }
                readStatement();
            } catch (Malformed e) {
                skipped++;
                skipPastLineEnd();
            }
        }
    }

    private void readStatement() throws Malformed {
        int start = at;
        while (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        if (!STATEMENTS.contains(text.substring(start, at))) {
            throw new Malformed();
        }
        expect('(');
        String name = readString();
        expect(',');
        skipSpaces();
        Object value = readValue();
        expect(')');
        expect(';');
        if (!name.toLowerCase(Locale.ROOT).contains("password")) {
            values.put(name, value);
        }
    }

    private Object readValue() throws Malformed {
        if (at >= text.length()) {
            throw new Malformed();
        }
        char c = text.charAt(at);
        if (c == '"' || c == '\'') {
            return readString();
        }
        if (text.startsWith("true", at) || text.startsWith("false", at)) {
            boolean value = text.startsWith("true", at);
            at += value ? 4 : 5;
            return value;
        }
        int start = at;
        if (c == '-' || c == '+') {
            at++;
        }
        int digits = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at == digits || at - digits > 10) {
            throw new Malformed();
        }
        long value = Long.parseLong(text.substring(start, at));
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new Malformed();
        }
        return (int) value;
    }

    private String readString() throws Malformed {
        skipSpaces();
        if (at >= text.length() || (text.charAt(at) != '"' && text.charAt(at) != '\'')) {
            throw new Malformed();
        }
        char quote = text.charAt(at++);
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == quote) {
                return value.toString();
            }
            if (c == '\n' || c == '\r') {
                at--; // the line end belongs to skipping, so the next line is read
                throw new Malformed();
            }
            value.append(c == '\\' ? readEscape() : c);
        }
        throw new Malformed();
    }

    private char readEscape() throws Malformed {
        if (at >= text.length()) {
            throw new Malformed();
        }
        char c = text.charAt(at++);
        switch (c) {
            case '"': case '\'': case '\\': return c;
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'x': return (char) hex(2);
            case 'u': return (char) hex(4);
            default: throw new Malformed();
        }
    }

    private int hex(int length) throws Malformed {
        if (at + length > text.length()) {
            throw new Malformed();
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
                throw new Malformed();
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private void expect(char wanted) throws Malformed {
        skipSpaces();
        if (at >= text.length() || text.charAt(at) != wanted) {
            throw new Malformed();
        }
        at++;
    }

    /** Spaces inside a statement: a statement stays on its line. */
    private void skipSpaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private void skipBlanksAndComments() throws Malformed {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '#' || text.startsWith("//", at)) {
                skipPastLineEnd();
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                if (end < 0) {
                    at = text.length();
                    throw new Malformed();
                }
                at = end + 2;
            } else {
                return;
            }
        }
    }

    private void skipPastLineEnd() {
        while (at < text.length() && text.charAt(at) != '\n') {
            at++;
        }
        if (at < text.length()) {
            at++;
        }
    }

    /** A statement that is not exactly right; cheap, as it is used for skipping. */
    private static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
