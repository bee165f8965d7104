package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input: a clear message, exit status 2, never a stack trace, and no network touched. */
class CommandLineTest {

    record Result(int exit, String out, String err) {
    }

    static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OutboxDoctorCli.run(args, Map.of(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsTheContract() {
        Result r = run("", "check", "--help");
        assertEquals(0, r.exit());
        for (String flag : new String[] {"--email", "--password-env", "--password-stdin", "--server", "--port", "--security",
                "--no-auth", "--dns", "--trust-store", "--allow-plaintext-auth", "--timeout", "--json"}) {
            assertTrue(r.out().contains(flag), flag);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndAHumanMessage() {
        assertUsage(run("", "check"), "--email");
        assertUsage(run("", "check", "--email", "not-an-address", "--dns", "127.0.0.1:9"), "name@example.com");
        assertUsage(run("", "check", "--email", "a@example.test", "--port", "70000", "--dns", "127.0.0.1:9"), "65535");
        assertUsage(run("", "check", "--email", "a@example.test", "--security", "maybe", "--dns", "127.0.0.1:9"), "starttls");
        assertUsage(run("", "check", "--email", "a@example.test", "--password-env", "NOPE", "--dns", "127.0.0.1:9"), "NOPE");
        assertUsage(run("", "check", "--email", "a@example.test", "--password", "x"), "--password-env");
        assertUsage(run("", "check", "--email", "a@example.test", "--password-stdin", "--dns", "127.0.0.1:9"), "empty");
        assertUsage(run("", "check", "--email", "a@example.test", "--timeout", "0", "--dns", "127.0.0.1:9"), "--timeout");
        assertUsage(run("", "check", "--email", "a@example.test", "--no-auth", "--trust-store", "/nonexistent/ca.pem", "--dns", "127.0.0.1:9"),
                "cannot be read");
        assertUsage(run("", "check", "--email", "a@example.test", "--public-ip", "my-pc", "--dns", "127.0.0.1:9"), "203.0.113.7");
        assertUsage(run("", "check", "--email", "a@example.test", "--attachment", "/nonexistent/file.pdf", "--dns", "127.0.0.1:9"),
                "cannot be read");
    }

    @Test
    void passwordFromStandardInputIsNeverEchoed() {
        Result r = run("s3cret-from-stdin\n", "check", "--email", "a@example.test", "--password-stdin", "--server", "127.0.0.1",
                "--port-map", "25=1,465=1,587=1,2525=1,993=1,143=1,995=1,110=1", "--timeout", "3", "--dns", "127.0.0.1:9", "--json");
        assertFalse(r.out().contains("s3cret-from-stdin"));
        assertFalse(r.err().contains("s3cret-from-stdin"));
        assertTrue(r.exit() == 1 || r.exit() == 3, r.toString());
    }

    @Test
    void underTestsNothingButLoopbackCanBeAsked() {
        // the build sets outboxdoctor.loopbackOnly: a test that forgot --dns must fail, not reach the internet
        Result r = run("", "check", "--email", "a@example.test", "--no-auth", "--timeout", "3");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("refusing to use the system's DNS resolvers"), r.err());
    }

    @Test
    void aCheckThatStopsBeforeConnectingSaysSoInTheLanguageAskedFor() {
        Result r = run("", "check", "--email", "a@example.test", "--no-auth", "--timeout", "3", "--lang", "fr");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().startsWith("La vérification s’est arrêtée avant de se connecter : "), r.err());
        assertFalse(r.err().contains("The check stopped"), r.err());
    }

    @Test
    void aHelpdeskScriptGetsPlainSentences() {
        String[] base = {"check", "--email", "a@example.test", "--password-env", "PW", "--rerun-pause", "0"};
        assertUsage(run("", "check", "--email", "a@example.test", "--dns", "127.0.0.1:9"), "--no-auth");
        assertUsage(run("", "check", "--email", "a@example.test", "--port", "abc"), "--port needs a whole number, like 587");
        assertUsage(run("", "chek", "--email", "a@example.test"), "check");
        assertUsage(run("", "practice", "run"), "outbox-doctor practice run --help");
        for (String[] bad : new String[][] {{"--dns", "127.0.0.1:99999"}, {"--dns", "127.0.0.1:-1"}, {"--dns", "[::1"},
                {"--dns", "[12:34:56]"}, {"--whoami-dns", "1:2:3"}, {"--whoami-dns", "[dead:beef]:53"},
                {"--public-ip", "dead:beef"}, {"--public-ip", "1:2:3"}, {"--public-ip", "[::1"},
                {"--server", "127.0.0.1:70000"}, {"--server", "mail.example.test:-5"}, {"--server", "[::1"},
                {"--server", "[12:34:56]"}, {"--rerun-pause", "-1"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(bad))
                    .toArray(String[]::new);
            Result r = runWithPassword(args);
            assertUsage(r, bad[0].equals("--server") ? "" : bad[0]);
            assertTrue(r.err().lines().count() <= 2, "one sentence and the help pointer at most: " + r.err());
        }
    }

    @Test
    void controlCharactersNeverReachAServer() {
        for (String[] bad : new String[][] {{"--email", "a\r\nRSET@example.test"}, {"--email", "<a@example.test>"},
                {"--email", "x".repeat(65) + "@example.test"}, {"--username", "alice\r\nDELE 1"}, {"--username", "al\u0000ice"},
                {"--username", "x".repeat(300)}}) {
            String value = bad[1];
            Result r = runWithPassword("check", "--email", bad[0].equals("--email") ? value : "a@example.test",
                    "--password-env", "PW", "--dns", "127.0.0.1:9", bad[0].equals("--username") ? "--username" : "--no-auth",
                    bad[0].equals("--username") ? value : "--json");
            assertUsage(r, bad[0].equals("--email") ? "email address" : "user name");
        }
    }

    @Test
    void aSignInTokenIsCheckedBeforeAnyConnection() {
        String[] base = {"check", "--email", "a@example.test", "--dns", "127.0.0.1:9", "--rerun-pause", "0"};
        Map<String, String> env = Map.of("TOKEN", "ya29.a0AfB_byC7Qm-Zx9", "EMPTY", "", "BEARER", "Bearer ya29.a0AfB",
                "SPACED", "ya29 a0AfB", "LONG", "a".repeat(8001));
        assertUsage(run(env, base, "--oauth-token-env", "NOPE"), "The environment variable NOPE is not set, so there is no sign-in token");
        assertUsage(run(env, base, "--oauth-token-env", "EMPTY"), "The environment variable EMPTY is empty");
        assertUsage(run(env, base, "--oauth-token-env", "BEARER"), "without that word");
        assertUsage(run(env, base, "--oauth-token-env", "SPACED"), "give the access token alone");
        assertUsage(run(env, base, "--oauth-token-env", "LONG"), "longer than 8000 characters");
        assertUsage(run(env, base, "--oauth-token-env", "TOKEN", "--no-auth"), "give one of them");
        assertUsage(run(env, base, "--oauth-token-env", "TOKEN", "--password-env", "TOKEN"), "These options cannot be used together: --password-env, --oauth-token-env.");
        assertUsage(run(env, base, "--oauth-token-env", "TOKEN", "--password-stdin"), "These options cannot be used together: --password-stdin, --oauth-token-env.");
        Result pasted = run(env, base, "--oauth-token", "ya29.secret-value");
        assertUsage(pasted, "--oauth-token-env VARIABLE");
        for (Result r : new Result[] {run(env, base, "--oauth-token-env", "BEARER"), run(env, base, "--oauth-token-env", "SPACED"),
                pasted}) {
            assertFalse(r.err().contains("a0AfB") || r.err().contains("secret-value"), "the token is never shown: " + r.err());
        }
        assertTrue(run("", "check", "--help").out().contains("--oauth-token-env"));
    }

    private static Result run(Map<String, String> env, String[] base, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OutboxDoctorCli.run(args, env, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private static Result runWithPassword(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OutboxDoctorCli.run(args, Map.of("PW", "pw"), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private static void assertUsage(Result r, String expected) {
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(expected), "message should mention " + expected + ": " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), "no exception names: " + r.err());
    }
}
