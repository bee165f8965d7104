package org.outboxdoctor.explain;

import org.outboxdoctor.diagnosis.Certainty;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One kind of message: its texts in every language we know (any pattern recognises it), the conditions the
 * Outlook detail line must meet, and what it means.
 *
 * @param groups for each pattern, the named groups it captures (server, port, reply, code)
 * @param socketErrors when not empty, the message must quote one of these Windows socket errors
 * @param protocols when not empty, the message must name one of these protocols (lower case)
 * @param text the key of the plain sentence in explanations.properties, without the "explain." prefix
 * @param replyDecides the program only passes on what the server said: a quoted reply with a clear meaning wins
 */
record CatalogueEntry(String id, Program program, List<Pattern> patterns, List<Set<String>> groups, Set<Integer> socketErrors,
                      Set<String> protocols, Optional<String> finding, Certainty certainty, String text, boolean replyDecides) {

    Optional<PastedText.Hit> match(PastedText text, OutlookDetail detail) {
        if (!socketErrors.isEmpty() && detail.socketError().filter(socketErrors::contains).isEmpty()) {
            return Optional.empty();
        }
        if (!protocols.isEmpty() && detail.protocol().map(p -> p.toLowerCase(java.util.Locale.ROOT))
                .filter(protocols::contains).isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < patterns.size(); i++) {
            Optional<PastedText.Hit> hit = text.find(patterns.get(i), groups.get(i));
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }
}
