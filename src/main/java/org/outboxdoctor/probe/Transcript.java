package org.outboxdoctor.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * What was said on one connection, redacted as it is written. Bounded, so a hostile server cannot
 * fill memory through it.
 */
public final class Transcript {
    static final int MAX_LINES = 400;
    static final int MAX_LINE = 300;
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\t]]");

    private final Redactor redactor;
    private final List<String> lines = new ArrayList<>();
    private int dropped;

    public Transcript(Redactor redactor) {
        this.redactor = redactor;
    }

    public synchronized void server(String line) {
        add("S: " + line);
    }

    public synchronized void client(String line) {
        add("C: " + line);
    }

    /** A line a library traced, direction unknown. */
    public synchronized void traced(String line) {
        add("   " + line);
    }

    public synchronized void note(String line) {
        add("*  " + line);
    }

    private void add(String line) {
        if (lines.size() >= MAX_LINES) {
            dropped++;
            return;
        }
        String clean = redactor.redact(CONTROL.matcher(line).replaceAll("?"));
        lines.add(clean.length() > MAX_LINE ? clean.substring(0, MAX_LINE) + "… (" + clean.length() + " characters)" : clean);
    }

    public synchronized List<String> lines() {
        List<String> copy = new ArrayList<>(lines);
        if (dropped > 0) {
            copy.add("*  (" + dropped + " more lines not kept)");
        }
        return List.copyOf(copy);
    }
}
