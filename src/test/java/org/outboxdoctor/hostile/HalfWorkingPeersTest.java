package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that do half of their job: a login offered only without encryption and no STARTTLS, a port that
 * greets and then never reads. Neither is "works", and each gets a finding that says what is wrong.
 */
class HalfWorkingPeersTest {
    private final List<HostilePeer> peers = new ArrayList<>();

    @AfterEach
    void closePeers() throws Exception {
        for (HostilePeer p : peers) {
            p.close();
        }
    }

    @Test
    void loginOfferedOnlyInClearTextWithoutStartTls() {
        HostilePeer peer = peer((s, in, out) -> {
            HostilePeer.write(out, "220 clear.example.test ESMTP\r\n");
            String line;
            while ((line = HostilePeer.readLine(in)) != null) {
                String upper = line.toUpperCase(java.util.Locale.ROOT);
                if (upper.startsWith("QUIT")) {
                    return;
                }
                HostilePeer.write(out, upper.startsWith("EHLO") ? "250-clear.example.test\r\n250 AUTH PLAIN LOGIN\r\n"
                        : upper.startsWith("RCPT") ? "530 5.7.0 Authentication required\r\n" : "250 2.0.0 Ok\r\n");
            }
        });
        JsonObject run = HostileCli.check(587, "starttls", Map.of(587, peer.port()));
        assertEquals("TLS_NOT_OFFERED", HostileCli.codes(run).get(0), run.toString());
        JsonObject finding = HostileCli.finding(run, "TLS_NOT_OFFERED");
        assertEquals("problem", finding.get("severity").getAsString());
        assertTrue(finding.get("evidence").toString().contains("no STARTTLS"), finding.toString());
        assertEquals(0, run.get("authAttempts").getAsInt(), "the password stayed here");
    }

    @Test
    void aPortThatGreetsAndNeverReads() {
        HostilePeer peer = peer((s, in, out) -> {
            HostilePeer.write(out, "220 deaf.example.test ESMTP\r\n");
            Thread.sleep(60_000);
        });
        JsonObject run = HostileCli.check(587, "starttls", Map.of(587, peer.port()));
        for (JsonElement p : run.getAsJsonArray("probes")) {
            JsonObject probe = p.getAsJsonObject();
            if (probe.get("id").getAsString().equals("smtp-587")) {
                assertEquals("warning", probe.get("severity").getAsString(), probe.toString());
                // the reply timeout or, on a slow machine, the run's deadline ends the wait: neither is "answers"
                String said = probe.get("said").getAsString();
                assertTrue(said.contains("stops answering") || said.contains("stopped before it finished"), said);
            }
        }
        assertTrue(HostileCli.codes(run).contains("SERVER_ERROR"), run.toString());
    }

    @Test
    void anOddReplyIsWordedInTheReadersLanguage() {
        HostilePeer peer = peer((s, in, out) -> {
            HostilePeer.write(out, "220 odd.example.test ESMTP\r\n");
            String line;
            while ((line = HostilePeer.readLine(in)) != null) {
                if (line.toUpperCase(java.util.Locale.ROOT).startsWith("QUIT")) {
                    return;
                }
                HostilePeer.write(out, "250-odd.example.test\r\n251 STARTTLS\r\n");
            }
        });
        JsonObject run = HostileCli.check(587, "starttls", Map.of(587, peer.port()), "--lang", "de");
        String said = run.toString();
        assertTrue(said.contains("der Antwortcode wechselt innerhalb einer Antwort (250, dann 251)"), said);
    }

    private HostilePeer peer(HostilePeer.Script script) {
        HostilePeer peer = HostilePeer.start(script);
        peers.add(peer);
        return peer;
    }
}
