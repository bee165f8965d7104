package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.PracticeCatalog;
import org.outboxdoctor.practice.PracticeScenario;

/** `practice list` and `practice run` as people see them; every scenario's JSON is in practice.PracticeScenariosTest. */
class PracticeCommandTest {

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OutboxDoctorCli.run(args, Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void listShowsOneLinePerScenario() {
        Result r = run("practice", "list");
        assertEquals(0, r.exit());
        String[] lines = r.out().split("\\R");
        PracticeCatalog catalog = PracticeCatalog.load();
        assertEquals(catalog.scenarios().size(), lines.length, r.out());
        for (int i = 0; i < lines.length; i++) {
            PracticeScenario s = catalog.scenarios().get(i);
            assertTrue(lines[i].startsWith(s.id() + " ") && lines[i].endsWith(s.title()), lines[i]);
        }
        Result bare = run("practice");
        assertEquals(0, bare.exit());
        assertTrue(bare.out().startsWith(r.out()) && bare.out().contains("practice run NAME"), bare.out());
    }

    @Test
    void anUnknownScenarioIsAUsageErrorThatListsTheKnownOnes() {
        Result r = run("practice", "run", "no-such-thing", "--json");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no-such-thing") && r.err().contains("wrong-password") && r.err().contains("offline"), r.err());
        assertEquals(2, run("practice", "run").exit(), "NAME is required");
    }

    @Test
    void theTextReportIsMarkedAsPracticeAndEndsWithWhatTheScenarioWas() {
        Result r = run("practice", "run", "wrong-password");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("PRACTICE | wrong-password: "), r.out());
        assertTrue(r.out().contains("Result: The password (or user name) is not accepted."), r.out());
        int end = r.out().indexOf("PRACTICE | What this scenario was");
        assertTrue(end > r.out().indexOf("Checked in"), "the explanation comes after the report");
        assertTrue(r.out().contains("The scenario teaches WRONG_PASSWORD; the check's top finding is the same."), r.out());
        assertTrue(!r.out().contains("Sunflower-2025") && !r.out().contains("sunflower-2025"), "no password is printed");
    }

    @Test
    void practiceIsListedInTheHelp() {
        Result r = run("--help");
        assertTrue(r.out().contains("practice"), r.out());
    }
}
