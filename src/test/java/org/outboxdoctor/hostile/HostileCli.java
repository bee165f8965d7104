package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outboxdoctor.cli.OutboxDoctorCli;
import org.outboxdoctor.practice.RefusedPort;

/**
 * The command line in this JVM against one hostile peer on one port, every other port refused and DNS
 * unreachable: the run must end within --timeout + 2 s, print nothing on standard error and never the password.
 */
final class HostileCli {
    static final int TIMEOUT = 6;
    static final String PASSWORD = "hostile-test-pw";
    private static final long LIMIT_MILLIS = TIMEOUT * 1000L + 2000;

    private HostileCli() {
    }

    /** Every standard port refused but {@code port}, which reaches {@code peerPort}. */
    static String portMap(Map<Integer, Integer> peers, int refused) {
        StringBuilder map = new StringBuilder();
        for (int p : new int[] {25, 465, 587, 2525, 993, 143, 995, 110}) {
            map.append(map.length() == 0 ? "" : ",").append(p).append('=').append(peers.getOrDefault(p, refused));
        }
        return map.toString();
    }

    /** A check of 127.0.0.1 on {@code port} with {@code security}, the peers standing in for their ports. */
    static JsonObject check(int port, String security, Map<Integer, Integer> peers, String... more) {
        int refused = RefusedPort.allocate();
        List<String> args = new ArrayList<>(List.of("check", "--email", "alice@example.test", "--password-env", "PW",
                "--server", "127.0.0.1", "--port", String.valueOf(port), "--security", security,
                "--dns", "127.0.0.1:" + refused, "--whoami-dns", "127.0.0.1:" + refused,
                "--port-map", portMap(peers, refused), "--timeout", String.valueOf(TIMEOUT), "--rerun-pause", "0", "--json"));
        args.addAll(List.of(more));
        return run(args);
    }

    static JsonObject run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int exit = OutboxDoctorCli.run(args.toArray(String[]::new), Map.of("PW", PASSWORD),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < LIMIT_MILLIS, "the run took " + millis + " ms");
        assertEquals("", err.toString(), "nothing on standard error, no stack trace");
        assertTrue(exit == 1 || exit == 3, "exit " + exit + "\n" + out);
        assertFalse(out.toString().contains(PASSWORD));
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    static List<String> codes(JsonObject run) {
        List<String> codes = new ArrayList<>();
        for (JsonElement f : run.getAsJsonArray("findings")) {
            codes.add(f.getAsJsonObject().get("code").getAsString());
        }
        return codes;
    }

    static JsonObject finding(JsonObject run, String code) {
        for (JsonElement f : run.getAsJsonArray("findings")) {
            if (f.getAsJsonObject().get("code").getAsString().equals(code)) {
                return f.getAsJsonObject();
            }
        }
        throw new AssertionError("no finding " + code + " in " + run);
    }
}
