package org.outboxdoctor.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds precomputed forms of a secret in text with one pass over the text: at each position only the forms
 * that start with that character are compared, so a report of thousands of lines costs one scan per line,
 * not one regular expression per form.
 *
 * <p>Short forms are where redaction can destroy the report, so the length decides the rule:
 * <ul>
 * <li>a form of {@value #ANYWHERE} characters or more is masked wherever it occurs, also glued to other text;
 * <li>a form of 2 or 3 characters is masked only where it stands alone (no letter or digit right before or
 *     after it): "password ab" and "x=ab" are masked, the "ab" in "about" is not;
 * <li>a form of 1 character is never searched: one letter occurs in every sentence, and masking it would
 *     leave nothing readable.
 * </ul>
 */
final class FormMatcher {
    static final int ANYWHERE = 4;
    private static final char[][] NONE = new char[0][];

    private final char[][][] ascii = new char[128][][];
    private final Map<Character, char[][]> others = new HashMap<>();
    private final boolean noForms;
    private volatile boolean wiped;

    FormMatcher(Collection<char[]> forms) {
        Map<Character, List<char[]>> byFirst = new HashMap<>();
        for (char[] form : forms) {
            if (form.length >= 2) {
                byFirst.computeIfAbsent(form[0], c -> new ArrayList<>()).add(form);
            }
        }
        noForms = byFirst.isEmpty();
        byFirst.forEach((first, list) -> {
            // longest first: where a long and a short form both start, the long one is masked whole
            char[][] sorted = list.stream().sorted(Comparator.comparingInt((char[] f) -> -f.length)).toArray(char[][]::new);
            if (first < 128) {
                ascii[first] = sorted;
            } else {
                others.put(first, sorted);
            }
        });
    }

    boolean isEmpty() {
        return wiped || noForms;
    }

    boolean finds(String text) {
        return !spans(text).isEmpty();
    }

    /** The text with every run of found forms (overlapping or touching) replaced by one mask. */
    String mask(String text, String mask) {
        List<int[]> spans = spans(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] span : spans) {
            out.append(text, at, span[0]).append(mask);
            at = span[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    /** Overwrites every form: after this the matcher finds nothing. */
    void wipe() {
        wiped = true;
        for (char[][] bucket : ascii) {
            wipe(bucket);
        }
        others.values().forEach(FormMatcher::wipe);
    }

    private static void wipe(char[][] bucket) {
        if (bucket != null) {
            for (char[] form : bucket) {
                Arrays.fill(form, '\0');
            }
        }
    }

    private List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        if (wiped || text == null) {
            return spans;
        }
        boolean[] masked = alreadyMasked(text);
        int[] open = null;
        for (int i = 0; i < text.length(); i++) {
            int end = longestMatch(text, i, masked);
            if (end < 0) {
                continue;
            }
            if (open != null && i <= open[1]) {
                open[1] = Math.max(open[1], end);
            } else {
                open = new int[] {i, end};
                spans.add(open);
            }
        }
        return spans;
    }

    private int longestMatch(String text, int at, boolean[] masked) {
        char c = text.charAt(at);
        char[][] candidates = c < 128 ? ascii[c] : others.getOrDefault(c, NONE);
        if (candidates == null) {
            return -1;
        }
        for (char[] form : candidates) {
            int end = at + form.length;
            if (end <= text.length() && matches(text, at, form) && !(masked[at] && masked[end - 1])
                    && (form.length >= ANYWHERE || standsAlone(text, at, end))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean matches(String text, int at, char[] form) {
        for (int j = 0; j < form.length; j++) {
            if (text.charAt(at + j) != form[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean standsAlone(String text, int from, int to) {
        return (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
                && (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)));
    }

    /** Positions inside a mask already in the text: a secret made of stars must not be found in its own mask. */
    private static boolean[] alreadyMasked(String text) {
        boolean[] masked = new boolean[text.length()];
        for (int at = text.indexOf(Redactor.MASK); at >= 0; at = text.indexOf(Redactor.MASK, at + 1)) {
            Arrays.fill(masked, at, at + Redactor.MASK.length(), true);
        }
        return masked;
    }
}
