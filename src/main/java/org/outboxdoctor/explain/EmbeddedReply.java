package org.outboxdoctor.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.outboxdoctor.probe.smtp.SmtpReply;

/**
 * Finds the SMTP reply a mail program quotes inside its message ("The server responded: 535 5.7.8 …") and turns it
 * into the engine's {@link SmtpReply}, continuation lines ("535-5.7.8 …" then "535 5.7.8 …") included.
 */
final class EmbeddedReply {
    private static final Set<String> NO_GROUPS = Set.of("code", "sep", "enhanced", "rest");
    /** A failure code that is not part of a longer number, an optional enhanced code, and the rest of the line. */
    private static final Pattern REPLY = Pattern.compile(
            "(?<![\\w.,:/-])(?<code>[45][0-5][0-9])(?<sep>[ -]|(?=\\n)|$)(?:(?<enhanced>[245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![\\w.]))?"
                    + "(?<rest>[^\\n]{0,400})");
    /** Codes that mean a reply even without an enhanced code; other bare numbers are too easily something else. */
    private static final Set<Integer> BARE_CODES = Set.of(421, 450, 451, 452, 454, 500, 501, 502, 503, 504, 530, 534, 535,
            538, 550, 551, 552, 553, 554, 555);
    private static final int MAX_LINES = 10;
    private static final int MAX_CANDIDATES = 50;

    private EmbeddedReply() {
    }

    /** The first failure reply in the text from {@code from} on. */
    static Optional<SmtpReply> find(PastedText text, int from) {
        int at = from;
        for (int candidates = 0; candidates < MAX_CANDIDATES; candidates++) {
            Optional<PastedText.Hit> hit = text.find(REPLY, NO_GROUPS, at);
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            PastedText.Hit h = hit.get();
            int code = Integer.parseInt(h.group("code").orElseThrow());
            if ((h.group("enhanced").isPresent() || BARE_CODES.contains(code)) && !afterPortLabel(text.text(), h.start())) {
                return Optional.of(reply(text, h, code));
            }
            at = h.start() + 3;
        }
        return Optional.empty();
    }

    private static SmtpReply reply(PastedText text, PastedText.Hit first, int code) {
        List<String> lines = new ArrayList<>();
        lines.add(line(first));
        PastedText.Hit last = first;
        boolean more = first.group("sep").orElse(" ").equals("-");
        while (more && lines.size() < MAX_LINES) {
            int next = last.end() + 1;
            Optional<PastedText.Hit> hit = text.find(REPLY, NO_GROUPS, next).filter(h -> h.start() == next
                    && h.group("code").orElseThrow().equals(String.valueOf(code)));
            if (hit.isEmpty()) {
                break;
            }
            last = hit.get();
            lines.add(line(last));
            more = last.group("sep").orElse(" ").equals("-");
        }
        return new SmtpReply(code, lines);
    }

    private static String line(PastedText.Hit hit) {
        String rest = hit.group("rest").orElse("").strip();
        return hit.group("enhanced").map(e -> rest.isEmpty() ? e : e + " " + rest).orElse(rest);
    }

    /** "Port: 550" or "Puerto 451" is a port, not a reply. */
    private static boolean afterPortLabel(String text, int start) {
        String before = text.substring(Math.max(0, start - 10), start).toLowerCase(Locale.ROOT);
        return before.matches(".*(?:port|puerto)\\s?:?\\s?");
    }
}
