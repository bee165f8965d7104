package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `check`'s reports, text and JSON, say when, with which version and on which system they were made. */
class ReportStampCliTest {

    private static final String[] NOTHING_LISTENS = {"check", "--email", "a@example.test", "--password-stdin",
        "--server", "127.0.0.1", "--port-map", "25=1,465=1,587=1,2525=1,993=1,143=1,995=1,110=1", "--timeout", "3",
        "--dns", "127.0.0.1:9"};

    @Test
    void theTextReportHasTheTimeTheVersionAndTheSystem() {
        CommandLineTest.Result r = CommandLineTest.run("pw\n", NOTHING_LISTENS);
        assertTrue(Pattern.compile("Checked on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d with Outbox Doctor \\S+ on "
                + Pattern.quote(System.getProperty("os.name"))).matcher(r.out()).find(), r.out());
    }

    @Test
    void theJsonReportHasGenerated() {
        String[] args = java.util.Arrays.copyOf(NOTHING_LISTENS, NOTHING_LISTENS.length + 1);
        args[args.length - 1] = "--json";
        CommandLineTest.Result r = CommandLineTest.run("pw\n", args);
        JsonObject generated = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("generated");
        assertTrue(generated != null, r.out());
        assertTrue(generated.get("at").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT.*"), generated.toString());
        assertTrue(generated.has("version") && generated.has("os"), generated.toString());
    }
}
