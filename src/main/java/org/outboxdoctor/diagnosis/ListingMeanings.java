package org.outboxdoctor.diagnosis;

import java.util.List;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.Unreadable;

/**
 * What a blocklist's answer means, in the reader's language: the list's own text for each answer code (from the
 * zone catalog and its translations), or why it could not be checked. The answer codes themselves stay as they came.
 */
final class ListingMeanings {
    private final EvidenceLines lines;

    ListingMeanings(EvidenceLines lines) {
        this.lines = lines;
    }

    /** "SBL: a known spam source or spam operation", "not listed", "could not check: …". */
    String meaning(DnsblResult r) {
        return switch (r.status()) {
            case NOT_LISTED -> lines.text("evidence.meaning.notListed");
            case LISTED, POLICY_LISTED -> listed(r);
            case UNCHECKED -> lines.text("evidence.meaning.couldNotCheck", unreadable(r.unreadable()));
        };
    }

    private String listed(DnsblResult r) {
        List<String> meanings = r.answers().stream()
                .map(code -> r.zone().meaning(code, lines.locale()).orElseGet(() -> lines.text("evidence.meaning.listed", code)))
                .distinct().toList();
        return String.join("; ", meanings);
    }

    private String unreadable(Unreadable u) {
        return switch (u.why()) {
            case NO_ANSWER -> lines.dns(u.lookup());
            case MISTYPED_ZONE -> lines.text("evidence.meaning.mistypedZone", u.answer());
            case PUBLIC_RESOLVER -> lines.text("evidence.meaning.publicResolver", u.answer());
            case TOO_MANY_QUESTIONS -> lines.text("evidence.meaning.tooManyQuestions", u.answer());
            case ERROR_CODE -> lines.text("evidence.meaning.errorCode", u.answer());
            case NOT_A_LIST_ANSWER -> lines.text("evidence.meaning.notAListAnswer", u.answer());
            case LISTS_EVERYTHING -> lines.text("evidence.meaning.listsEverything");
        };
    }
}
