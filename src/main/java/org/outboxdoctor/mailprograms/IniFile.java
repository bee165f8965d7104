package org.outboxdoctor.mailprograms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The sections of a Mozilla .ini file (profiles.ini, installs.ini), in file order; lines it cannot read are ignored. */
record IniFile(Map<String, Map<String, String>> sections) {

    static IniFile parse(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : text.replace("\uFEFF", "").split("\\R")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).trim(), k -> new LinkedHashMap<>());
            } else if (current != null && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                current.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return new IniFile(sections);
    }

    Optional<String> value(String section, String key) {
        return Optional.ofNullable(sections.get(section)).map(s -> s.get(key)).filter(v -> !v.isEmpty());
    }
}
