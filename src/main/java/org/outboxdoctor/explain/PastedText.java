package org.outboxdoctor.explain;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted message made regular for matching, read through a step budget. Customers paste from dialogs, web pages
 * and e-mails: curly quotes, non-breaking spaces, wrapped lines and stray control characters all become the
 * plain forms the catalogue's patterns are written in. Every pattern reads the text through a meter that stops it
 * after a fixed number of character reads, so no pattern and no input can make the explainer run away.
 */
final class PastedText {
    /** The most a customer can paste: far more than any real error message. */
    static final int MAX_CHARS = 100 * 1024;
    /** Character reads one pattern may make; a real message needs a few thousand. */
    private static final long PER_PATTERN = 2_000_000;
    /** Character reads all patterns together may make for one message. */
    private static final long PER_MESSAGE = 40_000_000;
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?(?:\\r\\n|[\\r\\n\\u0085\\u2028\\u2029])[\\s]*");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\r\\n\\t]]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u00AB\\u00BB\\u201C\\u201D\\u201E\\u201F\\u2033\\u301D\\u301E]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u2039\\u203A`\\u00B4]");

    private final String text;
    private long remaining = PER_MESSAGE;

    private PastedText(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException when the text is longer than {@link #MAX_CHARS} */
    static PastedText of(String raw) {
        if (raw.length() > MAX_CHARS) {
            throw org.outboxdoctor.settings.InvalidSettingException.of("problem.explain.long", MAX_CHARS / 1024);
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = CONTROLS.matcher(text).replaceAll(" ");
        text = DOUBLE_QUOTES.matcher(text).replaceAll("\"");
        text = SINGLE_QUOTES.matcher(text).replaceAll("'");
        text = SPACES.matcher(text).replaceAll(" ");
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        return new PastedText(text.strip());
    }

    String text() {
        return text;
    }

    /** The first match of the pattern from {@code from}, with the named groups it has; empty also when the budget ran out. */
    Optional<Hit> find(Pattern pattern, Set<String> groups, int from) {
        if (remaining <= 0 || from > text.length()) {
            return Optional.empty();
        }
        Metered metered = new Metered(text, Math.min(remaining, PER_PATTERN));
        try {
            Matcher m = pattern.matcher(metered);
            if (!m.find(from)) {
                return Optional.empty();
            }
            Map<String, String> values = new HashMap<>();
            for (String group : groups) {
                String value = m.group(group);
                if (value != null) {
                    values.put(group, value);
                }
            }
            return Optional.of(new Hit(m.start(), m.end(), values));
        } catch (Exhausted e) {
            return Optional.empty();
        } finally {
            remaining -= metered.used;
        }
    }

    Optional<Hit> find(Pattern pattern, Set<String> groups) {
        return find(pattern, groups, 0);
    }

    record Hit(int start, int end, Map<String, String> groups) {
        Optional<String> group(String name) {
            return Optional.ofNullable(groups.get(name));
        }
    }

    private static final class Exhausted extends RuntimeException {
        private static final Exhausted INSTANCE = new Exhausted();

        private Exhausted() {
            super("pattern budget spent", null, false, false);
        }
    }

    /** The text as the regex engine sees it: each character read counts, and reading past the allowance stops the match. */
    private static final class Metered implements CharSequence {
        private final String text;
        private final long allowance;
        private long used;

        Metered(String text, long allowance) {
            this.text = text;
            this.allowance = allowance;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++used > allowance) {
                throw Exhausted.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
