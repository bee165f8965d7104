package org.outboxdoctor.probe.dnsbl;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The curated default blocklists, kept as data in {@code dnsbl/zones.json}. */
public final class DnsblCatalog {
    private static final String RESOURCE = "/org/outboxdoctor/dnsbl/zones.json";

    private final List<DnsblZone> zones;

    private DnsblCatalog(List<DnsblZone> zones) {
        this.zones = List.copyOf(zones);
    }

    public static DnsblCatalog load() {
        try (InputStream in = DnsblCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            File file = new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), File.class);
            return new DnsblCatalog(file.zones);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The JSON file's shape. */
    private static final class File {
        List<DnsblZone> zones = List.of();
    }
}
