package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Public address and blocklists, answered by the loopback DNS server: the zone names are only data
 * there, nothing is asked of the real lists.
 */
class BlacklistChecksTest {

    @Test
    void listedAddressIsReportedWithTheListsReasonAndDelistingPage() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.dns.a("myip.opendns.com", "127.0.0.2")
                    .a("2.0.0.127.bl.spamcop.net", "127.0.0.2").txt("2.0.0.127.bl.spamcop.net", "Blocked - see spamcop")
                    .a("2.0.0.127.zen.spamhaus.org", "127.0.0.11");

            CliRun run = world.check("--port", "465", "--security", "tls", "--dnsbl", "bl.spamcop.net,zen.spamhaus.org,psbl.surriel.com", "--json");

            assertEquals("127.0.0.2", run.json().getAsJsonObject("publicIp").get("ipv4").getAsString(), run::toString);
            JsonObject listed = run.finding("IP_BLACKLISTED");
            assertEquals("warning", listed.get("severity").getAsString(), "sending works, so the listing is a warning");
            assertTrue(listed.get("evidence").toString().contains("Blocked - see spamcop"));
            assertTrue(listed.get("fix").toString().contains("https://www.spamcop.net/w3m?action=checkblock&ip=127.0.0.2"));
            assertEquals("info", run.finding("IP_POLICY_LISTED").get("severity").getAsString());
            assertEquals("NOT_LISTED", status(run, "psbl.surriel.com"));
            assertEquals(0, run.exit(), "a listing of the user's own address does not stop authenticated sending");
        }
    }

    @Test
    void refusalCodesAndBrokenListsAreUncheckedNeverListed() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.dns.a("2.0.0.127.zen.spamhaus.org", "127.255.255.254")
                    .a("2.0.0.127.world.test", "127.0.0.2").a("1.0.0.127.world.test", "127.0.0.2")
                    .a("2.0.0.127.rewrite.test", "198.51.100.1")
                    .drop("2.0.0.127.silent.test");

            CliRun run = world.check("--port", "465", "--security", "tls", "--public-ip", "127.0.0.2", "--timeout", "8",
                    "--dnsbl", "zen.spamhaus.org,world.test,rewrite.test,silent.test", "--json");

            assertFalse(run.codes().contains("IP_BLACKLISTED"), run::toString);
            assertEquals("UNCHECKED", status(run, "zen.spamhaus.org"));
            assertEquals("UNCHECKED", status(run, "world.test"));
            assertEquals("UNCHECKED", status(run, "rewrite.test"));
            assertEquals("UNCHECKED", status(run, "silent.test"));
            assertTrue(run.finding("BLACKLIST_UNCHECKED").get("evidence").toString().contains("public or shared DNS resolver"));
        }
    }

    @Test
    void listedAddressIsAProblemWhenNoWayToSendWasFound() throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.dns.a("2.0.0.127.bl.spamcop.net", "127.0.0.2");

            CliRun run = world.check("--port", "587", "--public-ip", "127.0.0.2", "--dnsbl", "bl.spamcop.net", "--json");

            assertEquals("problem", run.finding("IP_BLACKLISTED").get("severity").getAsString(), run::toString);
        }
    }

    @Test
    void serversEchoingTheClientAddressInEhloRevealThePublicAddress() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().ehloName("mail.example.test Hello [127.0.0.2]").build(), 587);
            world.dns.a("2.0.0.127.bl.spamcop.net", "127.0.0.2");

            CliRun run = world.check("--port", "587", "--dnsbl", "bl.spamcop.net", "--json");

            assertEquals("127.0.0.2", run.json().getAsJsonObject("publicIp").get("ipv4").getAsString(), run::toString);
            assertTrue(run.codes().contains("IP_BLACKLISTED"));
        }
    }

    @Test
    void twentySlowListsAllAnswer() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            StringBuilder zones = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                String zone = "list" + i + ".test";
                world.dns.a("2.0.0.127." + zone, "127.0.0.2").delay("2.0.0.127." + zone, Duration.ofMillis(200));
                zones.append(i == 0 ? "" : ",").append(zone);
            }

            CliRun run = world.check("--port", "465", "--security", "tls", "--public-ip", "127.0.0.2", "--dnsbl", zones.toString(), "--json");

            assertEquals(20, run.json().getAsJsonArray("blacklists").size());
            for (JsonElement b : run.json().getAsJsonArray("blacklists")) {
                assertEquals("LISTED", b.getAsJsonObject().get("status").getAsString(), run::toString);
            }
            // how fast: see BlacklistBenchmark (a benchmark, not a timed test)
        }
    }

    private static String status(CliRun run, String zone) {
        for (JsonElement b : run.json().getAsJsonArray("blacklists")) {
            if (b.getAsJsonObject().get("zone").getAsString().equals(zone)) {
                return b.getAsJsonObject().get("status").getAsString();
            }
        }
        throw new AssertionError("no result for " + zone + ": " + run);
    }
}
