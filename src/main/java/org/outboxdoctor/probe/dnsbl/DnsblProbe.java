package org.outboxdoctor.probe.dnsbl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.xbill.DNS.Type;

/**
 * Asks every blocklist about one address at the same time (RFC 5782), and reads the answers
 * carefully: error codes, answers outside 127/8 and lists that "list the world" are "could not
 * check", never "listed".
 */
public final class DnsblProbe {
    private final DnsProbe dns;

    public DnsblProbe(DnsProbe dns) {
        this.dns = dns;
    }

    public List<DnsblResult> check(String ip, List<DnsblZone> zones, Deadline deadline) {
        String reversed = reversed(ip);
        List<CompletableFuture<DnsblResult>> pending = new ArrayList<>();
        for (DnsblZone zone : zones) {
            pending.add(query(ip, reversed, zone, deadline));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<DnsblResult> query(String ip, String reversed, DnsblZone zone, Deadline deadline) {
        long start = System.nanoTime();
        String name = reversed + "." + zone.zone();
        CompletableFuture<DnsLookup> a = dns.lookup(name, Type.A, deadline);
        CompletableFuture<DnsLookup> txt = dns.lookup(name, Type.TXT, deadline);
        return a.thenCompose(answer -> {
            DnsblResult first = interpret(ip, zone, answer, start);
            if (first.status() != ListingStatus.LISTED && first.status() != ListingStatus.POLICY_LISTED) {
                return CompletableFuture.completedFuture(first);
            }
            // RFC 5782 section 5: a list must never list 127.0.0.1; one that does answers everything
            CompletableFuture<DnsLookup> control = dns.lookup("1.0.0.127." + zone.zone(), Type.A, deadline);
            return txt.thenCombine(control, (reason, check) -> check.outcome() == DnsOutcome.ANSWER
                    ? result(ip, zone, ListingStatus.UNCHECKED, answer.records(),
                            new Unreadable(Unreadable.Why.LISTS_EVERYTHING, "", check), "", start)
                    : result(ip, zone, first.status(), first.answers(), null,
                            String.join(" ", reason.records()).replace("\"", ""), start));
        });
    }

    /** What one answer of a list means; never "listed" for error codes, foreign or 127.0.0.1 answers. */
    public static DnsblResult interpret(String ip, DnsblZone zone, DnsLookup lookup) {
        return interpret(ip, zone, lookup, System.nanoTime());
    }

    private static DnsblResult interpret(String ip, DnsblZone zone, DnsLookup lookup, long start) {
        switch (lookup.outcome()) {
            case NXDOMAIN:
            case NODATA:
                return result(ip, zone, ListingStatus.NOT_LISTED, List.of(), null, "", start);
            case ANSWER:
                break;
            default:
                return result(ip, zone, ListingStatus.UNCHECKED, List.of(), new Unreadable(Unreadable.Why.NO_ANSWER, "", lookup),
                        "", start);
        }
        List<String> answers = lookup.records().stream().filter(r -> !r.startsWith("CNAME ")).toList();
        if (answers.isEmpty()) {
            // only aliases, no address: the name lists nothing (RFC 5782 lists by A record)
            return result(ip, zone, ListingStatus.NOT_LISTED, List.of(), null, "", start);
        }
        for (String answer : answers) {
            var error = Unreadable.ofErrorCode(answer);
            if (error.isPresent()) {
                return result(ip, zone, ListingStatus.UNCHECKED, answers, new Unreadable(error.get(), answer, lookup), "", start);
            }
            if (!answer.startsWith("127.") || answer.equals("127.0.0.1")) {
                return result(ip, zone, ListingStatus.UNCHECKED, answers,
                        new Unreadable(Unreadable.Why.NOT_A_LIST_ANSWER, answer, lookup), "", start);
            }
        }
        boolean policyOnly = answers.stream().allMatch(zone::isPolicy);
        return result(ip, zone, policyOnly ? ListingStatus.POLICY_LISTED : ListingStatus.LISTED, answers, null, "", start);
    }

    private static DnsblResult result(String ip, DnsblZone zone, ListingStatus status, List<String> answers,
                                      Unreadable unreadable, String reason, long start) {
        return new DnsblResult(zone, ip, status, answers, unreadable, reason, (System.nanoTime() - start) / 1_000_000);
    }

    /** 192.0.2.7 → 7.2.0.192; IPv6 → its 32 nibbles reversed (RFC 5782 sections 2.1 and 2.4). */
    public static String reversed(String ip) {
        InetAddress address = org.outboxdoctor.settings.IpLiteral.parse(ip)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + ip));
        byte[] bytes = address.getAddress();
        StringBuilder name = new StringBuilder();
        if (address instanceof Inet4Address) {
            for (int i = bytes.length - 1; i >= 0; i--) {
                name.append(bytes[i] & 0xff).append(i > 0 ? "." : "");
            }
        } else if (address instanceof Inet6Address) {
            String hex = HexFormat.of().formatHex(bytes);
            for (int i = hex.length() - 1; i >= 0; i--) {
                name.append(hex.charAt(i)).append(i > 0 ? "." : "");
            }
        }
        return name.toString();
    }
}
