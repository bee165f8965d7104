package org.outboxdoctor.mailprograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outlook classic read from recorded `reg query … /s` output (two profiles, IMAP, POP3, Exchange, the address book). */
class OutlookReaderTest {
    private static final MailProgramsTexts TEXTS = new MailProgramsTexts(Locale.ROOT);

    static String recorded() throws IOException {
        try (InputStream in = OutlookReaderTest.class.getResourceAsStream("reg-query-outlook16.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<NoteCode> codes(FoundAccount account) {
        return account.notes().stream().map(Note::code).toList();
    }

    @Test
    void readsEachMailAccountOfEachProfileAndNoPassword() throws IOException {
        List<RegQueryParser.RawAccount> raw = RegQueryParser.parse(recorded());
        assertEquals(List.of("Outlook/00000002", "Outlook/00000003", "Outlook/00000004", "Work/00000001", "Work/00000002"),
                raw.stream().map(a -> a.profile() + "/" + a.key()).toList());
        for (RegQueryParser.RawAccount account : raw) {
            assertFalse(account.values().keySet().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains("password")),
                    account.values().toString());
        }

        List<FoundAccount> accounts = OutlookAccounts.from(raw, TEXTS);
        assertEquals(List.of("jonas@beispiel-gmbh.de", "jonas.mueller@contoso.com", "info@cafe-sonne.de", "kasse@cafe-sonne.de"),
                accounts.stream().map(FoundAccount::address).toList(), "the address book sends nothing and is left out");

        FoundAccount jonas = accounts.get(0);
        assertEquals(MailProgram.OUTLOOK, jonas.program());
        assertEquals("Outlook", jonas.profile());
        assertEquals(Optional.of("Jonas Müller"), jonas.displayName(), "UTF-16LE text with its 0000 end");
        assertEquals(new FoundAccount.Outgoing("smtp.stackmail.com", Optional.of(465), Optional.of(ConnectionSecurity.TLS),
                AuthMethod.PASSWORD, Optional.of("jonas@beispiel-gmbh.de")), jonas.outgoing().orElseThrow());
        assertEquals(new FoundAccount.Incoming("imap", "imap.stackmail.com", Optional.of(993),
                Optional.of(ConnectionSecurity.TLS), Optional.of("jonas@beispiel-gmbh.de")), jonas.incoming().orElseThrow());
        assertEquals(List.of(), jonas.notes());

        FoundAccount exchange = accounts.get(1);
        assertTrue(exchange.outgoing().isEmpty());
        assertEquals(List.of(NoteCode.NOT_SENT_BY_SMTP), codes(exchange));

        FoundAccount info = accounts.get(2);
        assertEquals("Work", info.profile());
        FoundAccount.Outgoing infoOut = info.outgoing().orElseThrow();
        assertEquals(Optional.of(ConnectionSecurity.STARTTLS), infoOut.security(), "Microsoft's TLS (2) is STARTTLS");
        assertFalse(infoOut.login());
        assertEquals(Optional.empty(), infoOut.username());
        assertEquals(new FoundAccount.Incoming("pop3", "pop.cafe-sonne.de", Optional.of(110),
                Optional.of(ConnectionSecurity.NONE), Optional.of("info@cafe-sonne.de")), info.incoming().orElseThrow());
        assertEquals(List.of(NoteCode.LOGIN_OFF), codes(info));

        FoundAccount kasse = accounts.get(3);
        FoundAccount.Outgoing kasseOut = kasse.outgoing().orElseThrow();
        assertEquals(Optional.of(ConnectionSecurity.AUTOMATIC), kasseOut.security());
        assertEquals(AuthMethod.NTLM, kasseOut.authMethod(), "SMTP Use SPA: Secure Password Authentication");
        assertEquals(Optional.of("versand@cafe-sonne.de"), kasseOut.username(), "SMTP Auth Method 1: its own SMTP User");
        assertEquals(List.of(NoteCode.AUTOMATIC_SECURITY), codes(kasse));
    }

    @Test
    void runsRegQueryOnlyOnWindowsWithABoundAndATimeLimit() throws IOException {
        String recorded = recorded();
        List<List<String>> commands = new ArrayList<>();
        CommandRunner runner = (command, timeout, max) -> {
            commands.add(command);
            assertTrue(timeout.getSeconds() <= 10 && max <= 4 * 1024 * 1024);
            return new CommandRunner.Result(0, recorded, false, false);
        };
        MailProgramsScan windows = new OutlookReader(HostOs.WINDOWS, runner, TEXTS).read();
        assertEquals(4, windows.accounts().size());
        assertEquals(List.of(List.of("reg", "query", OutlookReader.PROFILES_KEY, "/s")), commands);
        assertFalse(MailProgramsJson.render(windows).contains("02000000D08C9DDF"), "no password blob in any output");

        for (HostOs other : List.of(HostOs.LINUX, HostOs.MACOS, HostOs.OTHER)) {
            assertEquals(List.of(), new OutlookReader(other, runner, TEXTS).read().accounts());
        }
        assertEquals(1, commands.size());
    }

    @Test
    void noOutlookASlowRegistryAndAFailingRegAreLinesNotErrors() {
        CommandRunner missing = (c, t, m) -> new CommandRunner.Result(1,
                "ERROR: The system was unable to find the specified registry key or value.\r\n", false, false);
        MailProgramsScan none = new OutlookReader(HostOs.WINDOWS, missing, TEXTS).read();
        assertEquals(List.of(), none.accounts());
        assertEquals(List.of(), none.programNotes(), "no Outlook is nothing to report");

        CommandRunner slow = (c, t, m) -> new CommandRunner.Result(-1, "", true, false);
        assertEquals(NoteCode.TIMED_OUT, new OutlookReader(HostOs.WINDOWS, slow, TEXTS).read().programNotes().get(0).note().code());
        CommandRunner broken = (c, t, m) -> {
            throw new IOException("Cannot run program \"reg\"");
        };
        assertEquals(NoteCode.UNREADABLE, new OutlookReader(HostOs.WINDOWS, broken, TEXTS).read().programNotes().get(0).note().code());
        CommandRunner endless = (c, t, m) -> new CommandRunner.Result(0, "x", false, true);
        assertEquals(NoteCode.TOO_LARGE, new OutlookReader(HostOs.WINDOWS, endless, TEXTS).read().programNotes().get(0).note().code());
    }

    @Test
    void oddBinaryValuesAreLeftOutNotMisread() {
        assertEquals(Optional.of("ab"), RegQueryParser.utf16("610062000000"));
        assertEquals(Optional.of("ab"), RegQueryParser.utf16("61006200"), "without the terminator too");
        assertEquals(Optional.empty(), RegQueryParser.utf16("610"), "not whole UTF-16 characters");
        assertEquals(Optional.empty(), RegQueryParser.utf16("zz00"));
    }
}
