package org.outboxdoctor.practice;

import java.util.List;
import java.util.Locale;
import org.outboxdoctor.probe.dnsbl.DnsblProbe;

/** Loads a practice world's DNS server: the base records, the scenario's changes, and its blocklist listings. */
final class WorldDns {
    private final LoopbackDnsServer dns;
    private final ScenarioText text;

    WorldDns(LoopbackDnsServer dns, ScenarioText text) {
        this.dns = dns;
        this.text = text;
    }

    void load(ScenarioData.Base base, ScenarioData.World world, String publicIp) {
        addRecords(base.dns);
        // the "what is my address" services, asked directly (--whoami-dns), answer with the world's public address
        if (publicIp.contains(":")) {
            dns.aaaa("myip.opendns.com", publicIp);
        } else {
            dns.a("myip.opendns.com", publicIp);
        }
        dns.txt("o-o.myaddr.l.google.com", publicIp);
        if (world.listed != null) {
            list(DnsblProbe.reversed(publicIp), world.listed);
        }
        ScenarioData.Dns changes = world.dns;
        if (changes != null) {
            if (changes.remove != null) {
                changes.remove.forEach(dns::remove);
            }
            addRecords(changes.records);
            if (changes.drop != null) {
                changes.drop.forEach(dns::drop);
            }
            dns.dropEverything(Boolean.TRUE.equals(changes.offline));
        }
    }

    private void list(String reversedIp, List<ScenarioData.Listing> listings) {
        for (ScenarioData.Listing listing : listings) {
            String name = reversedIp + "." + listing.zone;
            dns.a(name, listing.answer);
            if (listing.reason != null) {
                dns.txt(name, text.fill(listing.reason));
            }
        }
    }

    private void addRecords(List<ScenarioData.DnsRecord> records) {
        if (records == null) {
            return;
        }
        for (ScenarioData.DnsRecord r : records) {
            String value = text.fill(r.value);
            String[] words = value.trim().split("\\s+");
            switch (r.type.toUpperCase(Locale.ROOT)) {
                case "A" -> dns.a(r.name, value);
                case "AAAA" -> dns.aaaa(r.name, value);
                case "CNAME" -> dns.cname(r.name, value);
                case "MX" -> dns.mx(r.name, Integer.parseInt(words[0]), words[1]);
                case "TXT" -> dns.txt(r.name, value);
                case "SRV" -> dns.srv(r.name, Integer.parseInt(words[0]), Integer.parseInt(words[1]),
                        Integer.parseInt(words[2]), words[3]);
                default -> throw new IllegalStateException("DNS type " + r.type);
            }
        }
    }
}
