package org.outboxdoctor.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outboxdoctor.cli.OutboxDoctorCli;

/**
 * Every scenario, run as a trainee or a script would: `practice run NAME --json` through the real command line,
 * in-process. The top finding is the one the scenario teaches, and the exit status is check's.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PracticeScenariosTest {

    @AfterEach
    void theWorldStoppedWithTheRun() {
        assertEquals(List.of(), PracticeThreads.alive(), "practice threads left after the run");
    }

    static Stream<String> scenarios() {
        return PracticeCatalog.load().ids().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void practiceRunEndsOnTheFindingTheScenarioTeaches(String id) {
        PracticeScenario scenario = PracticeCatalog.load().find(id).orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        int exit = OutboxDoctorCli.run(new String[] {"practice", "run", id, "--json"}, Map.of(),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String run = "exit " + exit + " after " + millis + " ms\n" + out + "\n" + err;

        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        List<String> codes = new ArrayList<>();
        for (JsonElement f : json.getAsJsonArray("findings")) {
            codes.add(f.getAsJsonObject().get("code").getAsString());
        }
        assertEquals(scenario.expectedTop().name(), codes.isEmpty() ? "" : codes.get(0), run);
        assertEquals(scenario.expectedExit(), exit, run);
        scenario.alsoExpected().forEach(code -> assertTrue(codes.contains(code.name()), code + " missing: " + run));
        JsonObject practice = json.getAsJsonObject("practice");
        assertEquals(id, practice.get("scenario").getAsString());
        assertEquals(scenario.expectedTop().name(), practice.get("expected").getAsString());
        assertEquals(scenario.teaches(), practice.get("teaches").getAsString());
        assertTrue(practice.get("taught").getAsBoolean(), run);
        assertEquals("", err.toString(), "nothing on standard error");
        // politeness in every scenario: at most 8 connections, the password at most once per security mode
        assertTrue(json.get("connections").getAsInt() <= 8, run);
        assertTrue(json.get("authAttempts").getAsInt() <= 2, run);
        for (String password : List.of(scenario.base().password, scenario.base().wrongPassword)) {
            assertFalse(out.toString().contains(password), "a password in the output: " + run);
            assertFalse(out.toString().contains(Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8))));
        }
        if (id.equals("healthy")) {
            assertEquals("CAN_SEND", json.get("verdict").getAsString());
            assertEquals(0, exit);
        }
        System.out.printf("practice %-26s %-22s exit %d  %5d ms (check %d ms)%n", id, codes.get(0), exit, millis,
                json.get("elapsedMillis").getAsLong());
    }
}
