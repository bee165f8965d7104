package org.outboxdoctor.probe.dnsbl;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.probe.dnsbl.DnsblZone.ZoneWords;

/**
 * The curated default blocklists, kept as data in {@code dnsbl/zones.json} with their texts in English, and the
 * texts in the other languages in {@code dnsbl/zones_de.properties} (keys "ZONE.why" and "ZONE.CODE", such as
 * "zen.spamhaus.org.127.0.0.2"). Both are checked when they load: every zone and code has a text in every language.
 */
public final class DnsblCatalog {
    private static final String FOLDER = "/org/outboxdoctor/dnsbl/";
    private static final Pattern ANSWER = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private final List<DnsblZone> zones;

    private DnsblCatalog(List<DnsblZone> zones) {
        this.zones = List.copyOf(zones);
    }

    /** The catalog, read and checked once. */
    public static DnsblCatalog load() {
        return Loaded.CATALOG;
    }

    public List<DnsblZone> defaults() {
        return zones;
    }

    /** The zones named, with what the catalog knows of each; unknown zones are read generically. */
    public List<DnsblZone> select(List<String> names) {
        List<DnsblZone> chosen = new ArrayList<>();
        for (String name : names) {
            String zone = name.trim().toLowerCase(Locale.ROOT);
            if (zone.endsWith(".")) {
                zone = zone.substring(0, zone.length() - 1);
            }
            if (zone.isEmpty()) {
                continue;
            }
            String wanted = zone;
            chosen.add(zones.stream().filter(z -> z.zone().equals(wanted)).findFirst().orElse(DnsblZone.unknown(wanted)));
        }
        return chosen;
    }

    /** The key of why a zone is asked in a translation file. */
    static String whyKey(String zone) {
        return zone + ".why";
    }

    /** The key of what an answer means in a translation file. */
    static String codeKey(String zone, String code) {
        return zone + "." + code;
    }

    /**
     * What is wrong with the catalog and its translations, one sentence a problem; empty when it is sound.
     *
     * @param translations the translation file of every language but English, keyed by language
     */
    static List<String> problems(List<DnsblZone> zones, Map<Language, Properties> translations) {
        List<String> problems = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (DnsblZone z : zones) {
            String zone = z.zone();
            if (zone == null || zone.isBlank() || !zone.equals(zone.toLowerCase(Locale.ROOT)) || !seen.add(zone)) {
                problems.add("zone \"" + zone + "\" is blank, not lower case or listed twice");
                continue;
            }
            if (z.name() == null || z.name().isBlank() || z.why().isBlank()) {
                problems.add(zone + " has no name or no \"why\"");
            }
            if (!z.lookup().isEmpty() && !z.lookup().startsWith("http")) {
                problems.add(zone + ": lookup is not a web address: " + z.lookup());
            }
            expected.add(whyKey(zone));
            z.codes().forEach((code, text) -> {
                if (!ANSWER.matcher(code).matches() || text == null || text.isBlank()) {
                    problems.add(zone + ": code " + code + " is not a 127.x.y.z answer with a text");
                }
                expected.add(codeKey(zone, code));
            });
            z.policyCodes().stream().filter(c -> !c.equals("*") && !z.codes().containsKey(c))
                    .forEach(c -> problems.add(zone + ": policy code " + c + " has no text in \"codes\""));
        }
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Properties texts = translations.get(language);
            if (texts == null) {
                problems.add("zones_" + language.code() + ".properties is missing");
                continue;
            }
            for (String key : expected) {
                String text = texts.getProperty(key);
                if (text == null || text.isBlank()) {
                    problems.add("zones_" + language.code() + ".properties has no text for " + key);
                }
            }
            new TreeSet<>(texts.stringPropertyNames()).stream().filter(k -> !expected.contains(k))
                    .forEach(k -> problems.add("zones_" + language.code() + ".properties: " + k + " is no zone or code in zones.json"));
        }
        return problems;
    }

    /** The zones with their translations attached. */
    static List<DnsblZone> translated(List<DnsblZone> zones, Map<Language, Properties> translations) {
        List<DnsblZone> all = new ArrayList<>();
        for (DnsblZone z : zones) {
            Map<Language, ZoneWords> words = new EnumMap<>(Language.class);
            translations.forEach((language, texts) -> {
                Map<String, String> codes = new HashMap<>();
                z.codes().keySet().forEach(code -> codes.put(code, texts.getProperty(codeKey(z.zone(), code), z.codes().get(code))));
                words.put(language, new ZoneWords(texts.getProperty(whyKey(z.zone()), z.why()), codes));
            });
            all.add(new DnsblZone(z.zone(), z.name(), z.why(), z.lookup(), z.codes(), z.policyCodes(), words));
        }
        return all;
    }

    private static DnsblCatalog read() {
        List<DnsblZone> zones;
        try (InputStream in = open("zones.json")) {
            zones = new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), File.class).zones;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Language, Properties> translations = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                translation(language).ifPresent(texts -> translations.put(language, texts));
            }
        }
        List<String> problems = problems(zones, translations);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the blocklist catalog is broken: " + String.join("; ", problems));
        }
        return new DnsblCatalog(translated(zones, translations));
    }

    private static Optional<Properties> translation(Language language) {
        String name = "zones_" + language.code() + ".properties";
        try (InputStream in = DnsblCatalog.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            Properties texts = new Properties();
            texts.load(new StringReader(text));
            return Optional.of(texts);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(name + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DnsblCatalog.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException(FOLDER + name + " is missing from the application");
        }
        return in;
    }

    /** Read on first use, once: every run asks for the same lists. */
    private static final class Loaded {
        static final DnsblCatalog CATALOG = read();
    }

    /** The JSON file's shape. */
    private static final class File {
        List<DnsblZone> zones = List.of();
    }
}
