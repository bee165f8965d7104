package org.outboxdoctor.probe.dnsbl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.outboxdoctor.i18n.Language;

/**
 * One DNS blocklist and how to read its answers. Its texts are English in {@code zones.json}; {@code translated}
 * holds the other languages, and a language it lacks reads in English.
 *
 * @param why why the list is asked, in English
 * @param lookup the page where a person can look up (and ask to remove) an address; "{ip}" is replaced
 * @param codes what each answer address means in English, where the list documents it
 * @param policyCodes answers that describe the kind of address, not abuse ("*": every answer)
 * @param translated the same texts in the other languages
 */
public record DnsblZone(String zone, String name, String why, String lookup, Map<String, String> codes,
                        List<String> policyCodes, Map<Language, ZoneWords> translated) {

    public DnsblZone {
        codes = codes == null ? Map.of() : Map.copyOf(codes);
        policyCodes = policyCodes == null ? List.of() : List.copyOf(policyCodes);
        lookup = lookup == null ? "" : lookup;
        why = why == null ? "" : why;
        translated = translated == null ? Map.of() : Map.copyOf(translated);
    }

    /** A zone with English texts only. */
    public DnsblZone(String zone, String name, String why, String lookup, Map<String, String> codes, List<String> policyCodes) {
        this(zone, name, why, lookup, codes, policyCodes, Map.of());
    }

    /** A zone given on the command line that the catalog does not know. */
    public static DnsblZone unknown(String zone) {
        return new DnsblZone(zone, zone, "", "", Map.of(), List.of());
    }

    public boolean isPolicy(String answer) {
        return policyCodes.contains("*") || policyCodes.contains(answer);
    }

    public String lookupFor(String ip) {
        return lookup.replace("{ip}", ip);
    }

    /** Why the list is asked, in {@code locale}'s language (English where there is no translation); empty if unknown. */
    public String why(Locale locale) {
        ZoneWords words = translated.get(Language.of(locale));
        return words == null || words.why().isEmpty() ? why : words.why();
    }

    /** What the answer {@code code} means, in {@code locale}'s language; empty when the list does not document it. */
    public Optional<String> meaning(String code, Locale locale) {
        ZoneWords words = translated.get(Language.of(locale));
        String text = words == null ? null : words.codes().get(code);
        return Optional.ofNullable(text != null ? text : codes.get(code));
    }

    /** A list's texts in one language. */
    public record ZoneWords(String why, Map<String, String> codes) {
        public ZoneWords {
            why = why == null ? "" : why;
            codes = codes == null ? Map.of() : Map.copyOf(codes);
        }
    }
}
