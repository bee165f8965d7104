package org.outboxdoctor.mailprograms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlook (classic) accounts from the text of {@code reg query "HKCU\Software\Microsoft\Office\16.0\Outlook\Profiles" /s}
 * (a pure function, tested with recorded output on any system).
 *
 * <p>Each mail account is a key {@code …\Profiles\<profile>\9375CFF0413111d3B88A00104B2A6676\0000000N}; its strings
 * are REG_BINARY (UTF-16LE ending in 0000) and its numbers REG_DWORD. Values whose name mentions a password are
 * dropped as the line is read (Outlook keeps them as DPAPI blobs; they are never decoded, kept or shown).
 */
final class RegQueryParser {
    private static final Pattern ACCOUNT_KEY = Pattern.compile(
            "(?i)^HKEY_[A-Z_]+\\\\.*\\\\Profiles\\\\([^\\\\]+)\\\\9375CFF0413111d3B88A00104B2A6676\\\\([0-9A-F]{8})$");
    private static final Pattern VALUE = Pattern.compile("^\\s+(.+?)\\s{2,}(REG_[A-Z_]+)(?:\\s{2,}(.*))?$");

    /** The values of one account key, by name (as REG_BINARY text decoded, or REG_DWORD as a number). */
    record RawAccount(String profile, String key, Map<String, Object> values) {
        Optional<String> text(String name) {
            return values.get(name) instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
        }

        Optional<Long> number(String name) {
            return values.get(name) instanceof Long n ? Optional.of(n) : Optional.empty();
        }
    }

    private RegQueryParser() {
    }

    static List<RawAccount> parse(String output) {
        List<RawAccount> accounts = new ArrayList<>();
        RawAccount current = null;
        for (String line : output.split("\\R")) {
            if (line.startsWith("HKEY_")) {
                Matcher key = ACCOUNT_KEY.matcher(line.trim());
                current = key.matches() ? new RawAccount(key.group(1), key.group(2), new LinkedHashMap<>()) : null;
                if (current != null) {
                    accounts.add(current);
                }
                continue;
            }
            Matcher value = VALUE.matcher(line);
            if (current == null || !value.matches() || value.group(1).toLowerCase(Locale.ROOT).contains("password")) {
                continue;
            }
            Map<String, Object> values = current.values();
            decode(value.group(2), value.group(3) == null ? "" : value.group(3).trim())
                    .ifPresent(v -> values.put(value.group(1), v));
        }
        return accounts;
    }

    private static Optional<Object> decode(String type, String data) {
        try {
            switch (type) {
                case "REG_DWORD": case "REG_QWORD":
                    return Optional.of(Long.parseLong(data.toLowerCase(Locale.ROOT).replace("0x", ""), 16));
                case "REG_SZ": case "REG_EXPAND_SZ":
                    return Optional.of(data);
                case "REG_BINARY":
                    return utf16(data);
                default:
                    return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** REG_BINARY written by Outlook for text: hex of UTF-16LE, ending in a 0000 terminator. */
    static Optional<Object> utf16(String hex) {
        if (hex.length() % 4 != 0 || !hex.matches("[0-9A-Fa-f]*")) {
            return Optional.empty();
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        String text = new String(bytes, StandardCharsets.UTF_16LE);
        int end = text.indexOf('\0');
        return Optional.of(end < 0 ? text : text.substring(0, end));
    }
}
