package org.outboxdoctor.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a finished report that carry content, as opposed to the structure the renderer wrote: the
 * final check masks content only, so a short password that happens to be a JSON key ("id") or an HTML tag
 * ("li") cannot break the report the scripts and browsers read.
 */
final class OutputContent {
    private OutputContent() {
    }

    /** [start, end) ranges: all of a text report, JSON string values but not keys, HTML text outside tags and styles. */
    static List<int[]> ranges(String output, Redactor.Output kind) {
        return switch (kind) {
            case TEXT -> List.of(new int[] {0, output.length()});
            case JSON -> jsonValues(output);
            case HTML -> htmlText(output);
        };
    }

    private static List<int[]> jsonValues(String json) {
        List<int[]> ranges = new ArrayList<>();
        int i = 0;
        while ((i = json.indexOf('"', i)) >= 0) {
            int end = i + 1;
            while (end < json.length() && json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            end = Math.min(end, json.length());
            int next = end + 1;
            while (next < json.length() && Character.isWhitespace(json.charAt(next))) {
                next++;
            }
            if (next >= json.length() || json.charAt(next) != ':') {
                ranges.add(new int[] {i + 1, end});
            }
            i = end + 1;
        }
        return ranges;
    }

    private static List<int[]> htmlText(String html) {
        List<int[]> ranges = new ArrayList<>();
        int i = 0;
        while (i < html.length()) {
            if (html.charAt(i) == '<') {
                int close = html.regionMatches(true, i, "<style", 0, 6) ? html.indexOf("</style>", i) : i;
                int end = html.indexOf('>', Math.max(close, i));
                i = end < 0 ? html.length() : end + 1;
            } else {
                int end = html.indexOf('<', i);
                end = end < 0 ? html.length() : end;
                ranges.add(new int[] {i, end});
                i = end;
            }
        }
        return ranges;
    }
}
