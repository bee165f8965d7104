package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.testing.PastedMessages.OUTLOOK_PORT_25;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.e2e.CliRun;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.testing.ThunderbirdAccounts;

/** `check --error-text` and `check --from-mailprogram` against the loopback mail world and a home built here. */
class CustomerInputCommandTest {

    @TempDir
    Path home;

    private static JsonObject json(CliRun run) {
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void errorTextFillsWhatNoFlagGaveAndTheReportSaysTheCheckConfirmedIt() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.blackhole(25);
            world.scripted(MailWorld.startTlsServer().build(), 587);

            CliRun run = world.check("--error-text", OUTLOOK_PORT_25, "--json");

            JsonObject root = json(run);
            JsonObject current = root.getAsJsonObject("current");
            assertEquals(MailWorld.SERVER, current.get("server").getAsString());
            assertEquals(25, current.get("port").getAsInt(), "the port the message names, as no --port was given");
            assertEquals("none", current.get("security").getAsString(), "Secure(SSL): No");
            JsonObject errorText = root.getAsJsonObject("errorText");
            assertEquals("outlook", errorText.get("program").getAsString());
            assertEquals("PORT_BLOCKED", errorText.get("finding").getAsString());
            assertTrue(errorText.get("confirmed").getAsBoolean(), run.out());
            assertEquals("confirmed", errorText.get("comparison").getAsString());
            assertEquals("Your mail program said it could not connect on port 25; the check found port 25 blocked by your network.",
                    errorText.get("sentence").getAsString());
            assertFalse(errorText.get("meaning").getAsString().isBlank());

            CliRun text = world.check("--error-text", OUTLOOK_PORT_25, "--port", "587", "--rerun-pause", "0");
            assertTrue(text.out().contains("Your mail program now uses: " + MailWorld.SERVER + ", port 587"), "--port wins: " + text.out());
            assertTrue(text.out().contains("Your error message from Outlook (classic) means: Outlook got no answer at all"), text.out());
            assertTrue(text.out().contains("Compared with the check: Your mail program said it could not connect on port 25;"),
                    text.out());
        }
    }

    @Test
    void withoutErrorTextTheJsonHasNoErrorTextField() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            JsonObject root = json(world.check("--port", "465", "--security", "tls", "--json"));
            assertFalse(root.has("errorText"));
        }
    }

    @Test
    void fromMailProgramTakesTheFoundAccountsSettingsAndFlagsStillWin() throws Exception {
        ThunderbirdAccounts.write(home, new ThunderbirdAccounts.Account(MailWorld.ADDRESS, MailWorld.SERVER, 465, 3, 3, MailWorld.ADDRESS));
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            CliRun run = world.check("--from-mailprogram", MailWorld.ADDRESS, "--mailprograms-home", home.toString(), "--json");

            assertEquals(0, run.exit(), run.err() + run.out());
            JsonObject current = json(run).getAsJsonObject("current");
            assertEquals(MailWorld.SERVER, current.get("server").getAsString());
            assertEquals(465, current.get("port").getAsInt());
            assertEquals("tls", current.get("security").getAsString());
            assertTrue(current.get("auth").getAsBoolean());

            CliRun flagsWin = world.check("--from-mailprogram", MailWorld.ADDRESS, "--mailprograms-home", home.toString(),
                    "--no-auth", "--security", "starttls", "--port", "587", "--rerun-pause", "0", "--json");
            JsonObject mine = json(flagsWin).getAsJsonObject("current");
            assertEquals(587, mine.get("port").getAsInt());
            assertEquals("starttls", mine.get("security").getAsString());
            assertFalse(mine.get("auth").getAsBoolean());
        }
    }

    @Test
    void anAddressNoMailProgramHasIsExitTwoWithOneClearSentence() {
        CommandLineTest.Result r = CommandLineTest.run("", "check", "--email", "nobody@example.test", "--from-mailprogram",
                "nobody@example.test", "--mailprograms-home", home.toString(), "--dns", "127.0.0.1:9");

        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("No mail program on this computer has an account for nobody@example.test."), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void emptyOrHugeErrorTextIsExitTwo() {
        CommandLineTest.Result empty = CommandLineTest.run("", "check", "--email", "a@example.test", "--error-text", " ",
                "--dns", "127.0.0.1:9");
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("--error-text is empty"), empty.err());

        CommandLineTest.Result huge = CommandLineTest.run("", "check", "--email", "a@example.test", "--error-text",
                "x".repeat(200_000), "--dns", "127.0.0.1:9");
        assertEquals(2, huge.exit());
        assertTrue(huge.err().contains("longer than 100 kB"), huge.err());
    }
}
