package org.outboxdoctor.explain;

import org.outboxdoctor.diagnosis.Certainty;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.outboxdoctor.diagnosis.ReplyMeaning;

/**
 * The catalogue of messages customers paste (messages.json), checked as it loads: an unknown program, finding code
 * or certainty, a pattern that does not compile or captures a group nobody reads, or a sentence missing from
 * explanations.properties stops the load with a message naming the entry.
 */
final class MessageCatalogue {
    static final String RESOURCE = "/org/outboxdoctor/explain/messages.json";
    private static final Set<String> GROUPS = Set.of("server", "port", "reply", "code");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern MACRO = Pattern.compile("\\{([a-zA-Z]+)\\}");
    private static final Map<String, String> MACROS = Map.of(
            "host", "[\"']?\\\\s?(?<server>[\\\\p{L}\\\\p{N}][\\\\p{L}\\\\p{N}_.-]{0,252})(?::(?<port>[0-9]{1,5}))?\\\\s?[\"']?",
            "reply", "(?<reply>[^\\\\n]{3,400}?)");

    final List<CatalogueEntry> entries;
    final List<CatalogueEntry> replies;
    final Map<ReplyMeaning, ReplyReading> replyMeanings;
    final Map<String, Pattern> detailLine;
    final Map<String, Boolean> sslWords;

    private MessageCatalogue(Checked c) {
        this.entries = List.copyOf(c.entries);
        this.replies = List.copyOf(c.replies);
        this.replyMeanings = Map.copyOf(c.replyMeanings);
        this.detailLine = Map.copyOf(c.detailLine);
        this.sslWords = Map.copyOf(c.sslWords);
    }

    /** How a server reply reads when no catalogue entry knows it better. */
    record ReplyReading(Optional<String> finding, Certainty certainty, String text, boolean weak) {
    }

    static MessageCatalogue load(ExplainTexts texts) {
        try (InputStream in = MessageCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageCatalogue parse(Reader json, String name, ExplainTexts texts) {
        File file;
        try {
            file = new Gson().fromJson(json, File.class);
        } catch (JsonParseException e) {
            throw new IllegalStateException("The message catalogue " + name + " is not valid JSON: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new IllegalStateException("The message catalogue " + name + " is empty");
        }
        Checked checked = new Checked(texts);
        checked.check(file);
        if (!checked.problems.isEmpty()) {
            throw new IllegalStateException("The message catalogue " + name + " is broken: " + String.join("; ", checked.problems));
        }
        return new MessageCatalogue(checked);
    }

    /** Turns the file into compiled entries, collecting every problem instead of stopping at the first. */
    private static final class Checked {
        final ExplainTexts texts;
        final List<String> problems = new ArrayList<>();
        final List<CatalogueEntry> entries = new ArrayList<>();
        final List<CatalogueEntry> replies = new ArrayList<>();
        final Map<ReplyMeaning, ReplyReading> replyMeanings = new EnumMap<>(ReplyMeaning.class);
        final Map<String, Pattern> detailLine = new HashMap<>();
        final Map<String, Boolean> sslWords = new HashMap<>();
        final Set<String> ids = new HashSet<>();

        Checked(ExplainTexts texts) {
            this.texts = texts;
        }

        void check(File file) {
            for (Program p : Program.values()) {
                text("program." + p.id(), "program " + p.id());
            }
            text("unknown", "the unknown answer");
            checkDetailLine(file);
            for (RawEntry raw : list(file.entries, "entries")) {
                entry(raw, false).ifPresent(entries::add);
            }
            for (RawEntry raw : list(file.replies, "replies")) {
                entry(raw, true).ifPresent(replies::add);
            }
            checkReplyMeanings(file.replyMeanings == null ? Map.of() : file.replyMeanings);
        }

        private void checkDetailLine(File file) {
            Map<String, String> fields = file.detailLine == null ? Map.of() : file.detailLine;
            for (String field : OutlookDetail.FIELDS) {
                String regex = fields.get(field);
                if (regex == null) {
                    problems.add("detailLine has no pattern for " + field);
                    continue;
                }
                compile("detailLine." + field, regex).ifPresent(p -> {
                    if (!groupsOf(p.pattern()).equals(Set.of("value"))) {
                        problems.add("detailLine." + field + " must capture exactly the group \"value\"");
                    }
                    detailLine.put(field, p);
                });
            }
            fields.keySet().stream().filter(f -> !OutlookDetail.FIELDS.contains(f))
                    .forEach(f -> problems.add("detailLine has an unknown field " + f));
            Map<String, List<String>> words = file.sslWords == null ? Map.of() : file.sslWords;
            words.getOrDefault("yes", List.of()).forEach(w -> sslWords.put(w.toLowerCase(Locale.ROOT), true));
            words.getOrDefault("no", List.of()).forEach(w -> sslWords.put(w.toLowerCase(Locale.ROOT), false));
            if (!sslWords.containsValue(true) || !sslWords.containsValue(false)) {
                problems.add("sslWords needs \"yes\" and \"no\" words");
            }
        }

        private Optional<CatalogueEntry> entry(RawEntry raw, boolean reply) {
            String where = (reply ? "reply " : "entry ") + (raw.id == null ? "#" + (entries.size() + replies.size()) : raw.id);
            int before = problems.size();
            if (raw.id == null || raw.id.isBlank() || !ids.add(raw.id)) {
                problems.add(where + " needs an id of its own");
            }
            Program program = reply ? Program.UNKNOWN : Program.byId(String.valueOf(raw.program)).orElse(null);
            if (program == null) {
                problems.add(where + " names an unknown program " + raw.program);
            }
            Optional<Certainty> certainty = certainty(where, raw.certainty);
            Optional<String> finding = finding(where, raw.finding);
            text(raw.text, where);
            if (raw.source == null || raw.source.isBlank()) {
                problems.add(where + " does not say where its texts come from (source)");
            }
            List<Pattern> patterns = new ArrayList<>();
            List<Set<String>> groups = new ArrayList<>();
            for (String regex : list(raw.patterns, where + " patterns")) {
                compile(where, expand(where, regex)).ifPresent(p -> {
                    Set<String> names = groupsOf(p.pattern());
                    if (!GROUPS.containsAll(names)) {
                        problems.add(where + " captures groups nobody reads: " + names + " (known: " + GROUPS + ")");
                    }
                    patterns.add(p);
                    groups.add(names);
                });
            }
            if (patterns.isEmpty() && problems.size() == before) {
                problems.add(where + " has no patterns");
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            Set<String> protocols = new HashSet<>();
            list(raw.protocols, "").forEach(p -> protocols.add(p.toLowerCase(Locale.ROOT)));
            return Optional.of(new CatalogueEntry(raw.id, program, patterns, groups, Set.copyOf(list(raw.socketErrors, "")),
                    protocols, finding, certainty.orElseThrow(), raw.text, raw.replyDecides));
        }

        private void checkReplyMeanings(Map<String, RawReading> raw) {
            for (ReplyMeaning meaning : ReplyMeaning.values()) {
                RawReading r = raw.get(meaning.name());
                String where = "replyMeanings." + meaning.name();
                if (r == null) {
                    problems.add(where + " is missing: every ReplyMeaning needs a reading");
                    continue;
                }
                Optional<Certainty> certainty = certainty(where, r.certainty);
                Optional<String> finding = finding(where, r.finding);
                if (text(r.text, where) && certainty.isPresent()) {
                    replyMeanings.put(meaning, new ReplyReading(finding, certainty.get(), r.text, r.weak));
                }
            }
            raw.keySet().stream().filter(k -> java.util.Arrays.stream(ReplyMeaning.values()).noneMatch(m -> m.name().equals(k)))
                    .forEach(k -> problems.add("replyMeanings." + k + " is not a ReplyMeaning"));
        }

        private Optional<Certainty> certainty(String where, String word) {
            Optional<Certainty> c = Certainty.byWord(String.valueOf(word));
            if (c.isEmpty()) {
                problems.add(where + " has certainty " + word + "; it must be proven, likely or possible");
            }
            return c;
        }

        private Optional<String> finding(String where, String code) {
            if (code != null && !FindingNames.KNOWN.contains(code)) {
                problems.add(where + " points to an unknown finding code " + code);
            }
            return Optional.ofNullable(code);
        }

        private boolean text(String key, String where) {
            if (key == null || !texts.has(key)) {
                problems.add(where + " has no sentence explain." + key + " in explanations.properties");
                return false;
            }
            return true;
        }

        /** A space matches any one space or line break (pasted text is normalised to single ones); {host} and {reply} expand. */
        private String expand(String where, String regex) {
            String spaced = regex.replace(" ", "\\s");
            Matcher m = MACRO.matcher(spaced);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String macro = MACROS.get(m.group(1));
                if (macro == null) {
                    problems.add(where + " uses an unknown placeholder {" + m.group(1) + "}");
                    macro = "";
                }
                m.appendReplacement(out, macro);
            }
            m.appendTail(out);
            return out.toString();
        }

        private Optional<Pattern> compile(String where, String regex) {
            try {
                return Optional.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                problems.add(where + " has a pattern that does not compile: " + e.getDescription() + " in " + regex);
                return Optional.empty();
            }
        }

        private <T> List<T> list(List<T> list, String where) {
            if (list == null) {
                if (!where.isEmpty()) {
                    problems.add(where + " is missing");
                }
                return List.of();
            }
            return list;
        }
    }

    static Set<String> groupsOf(String regex) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    // Gson fills these from messages.json; missing fields stay null and are reported by Checked
    private static final class File {
        Map<String, String> detailLine;
        Map<String, List<String>> sslWords;
        List<RawEntry> entries;
        List<RawEntry> replies;
        Map<String, RawReading> replyMeanings;
    }

    private static final class RawEntry {
        String id;
        String program;
        String source;
        List<String> patterns;
        List<Integer> socketErrors;
        List<String> protocols;
        String finding;
        String certainty;
        String text;
        boolean replyDecides;
    }

    private static final class RawReading {
        String finding;
        String certainty;
        String text;
        boolean weak;
    }
}
