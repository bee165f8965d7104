package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.mailprograms.CommandRunner;
import org.outboxdoctor.mailprograms.HostOs;
import org.outboxdoctor.mailprograms.MailPrograms;
import picocli.CommandLine;

/** `outbox-doctor mailprograms` over a home folder built here, never this machine's own. */
class MailProgramsCommandTest {
    @TempDir
    Path home;

    private static final CommandRunner NOTHING_ELSE = (command, timeout, max) ->
            new CommandRunner.Result(1, "ERROR: The system was unable to find the specified registry key or value.",
                    false, false);

    private record Result(int exit, String out) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new MailProgramsCommand(
                language -> new MailPrograms(home, HostOs.WINDOWS, Map.of(), NOTHING_ELSE, language)));
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString());
    }

    private void thunderbirdProfile() throws IOException {
        Path profile = home.resolve("AppData/Roaming/Thunderbird/Profiles/ab12.default-release");
        Files.createDirectories(profile);
        Files.writeString(profile.resolve("prefs.js"), """
                user_pref("mail.accountmanager.accounts", "account1");
                user_pref("mail.account.account1.identities", "id1");
                user_pref("mail.account.account1.server", "server1");
                user_pref("mail.identity.id1.useremail", "kim@example.net");
                user_pref("mail.identity.id1.fullName", "Kim Example");
                user_pref("mail.server.server1.hostname", "imap.example.net");
                user_pref("mail.server.server1.type", "imap");
                user_pref("mail.server.server1.socketType", 3);
                user_pref("mail.smtp.defaultserver", "smtp1");
                user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.net");
                user_pref("mail.smtpserver.smtp1.port", 25);
                user_pref("mail.smtpserver.smtp1.authMethod", 1);
                this line is broken
                """);
    }

    @Test
    void nothingFoundIsASentenceAndExitZero() {
        Result text = run();
        assertEquals(0, text.exit());
        assertTrue(text.out().startsWith("No accounts were found in the mail programs on this computer"), text.out());
        JsonObject json = JsonParser.parseString(run("--json").out()).getAsJsonObject();
        assertEquals(1, json.get("version").getAsInt());
        assertEquals(0, json.getAsJsonArray("accounts").size());
    }

    @Test
    void theTextIsShortAndPlain() throws IOException {
        thunderbirdProfile();
        Result r = run();
        assertEquals(0, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals("kim@example.net: Thunderbird, profile \"ab12.default-release\"", lines.get(0));
        assertEquals("  Name: Kim Example", lines.get(1));
        assertEquals("  Outgoing: smtp.example.net, port 25, no encryption, login off", lines.get(2));
        assertEquals("  Incoming: imap.example.net (IMAP), port 993, SSL/TLS", lines.get(3));
        assertTrue(lines.get(4).startsWith("  Note: The mail program sends to smtp.example.net without logging in."), lines.get(4));
        assertTrue(r.out().contains("Thunderbird (profile \"ab12.default-release\"): Some of ") && r.out().contains("(lines: 1)"), r.out());
        assertTrue(r.out().endsWith("Passwords are never read." + System.lineSeparator()), r.out());
    }

    @Test
    void theJsonHasItsDocumentedFields() throws IOException {
        thunderbirdProfile();
        Result r = run("--json");
        assertEquals(0, r.exit());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(Set.of("version", "accounts", "programNotes"), root.keySet());
        JsonObject account = root.getAsJsonArray("accounts").get(0).getAsJsonObject();
        assertEquals(Set.of("program", "profile", "defaultProfile", "address", "displayName", "outgoing", "incoming", "notes"),
                account.keySet());
        assertEquals("thunderbird", account.get("program").getAsString());
        JsonObject outgoing = account.getAsJsonObject("outgoing");
        assertEquals(Set.of("server", "port", "security", "login", "authMethod", "username"), outgoing.keySet());
        assertEquals(List.of("smtp.example.net", "25", "none", "false", "none"), List.of(outgoing.get("server").getAsString(),
                outgoing.get("port").getAsString(), outgoing.get("security").getAsString(),
                outgoing.get("login").getAsString(), outgoing.get("authMethod").getAsString()));
        assertTrue(outgoing.get("username").isJsonNull());
        assertEquals(Set.of("type", "server", "port", "security", "username"), account.getAsJsonObject("incoming").keySet());
        JsonArray notes = account.getAsJsonArray("notes");
        assertEquals("LOGIN_OFF", notes.get(0).getAsJsonObject().get("code").getAsString());
        JsonObject programNote = root.getAsJsonArray("programNotes").get(0).getAsJsonObject();
        assertEquals(Set.of("program", "profile", "code", "text"), programNote.keySet());
        assertEquals("MALFORMED", programNote.get("code").getAsString());
    }

    @Test
    void theCommandIsRegistered() {
        StringWriter out = new StringWriter();
        int exit = OutboxDoctorCli.run(new String[] {"mailprograms", "--help"}, Map.of(),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, exit);
        assertTrue(out.toString().contains("--json") && out.toString().contains("passwords are never read"), out.toString());
    }
}
