package org.outboxdoctor.mailprograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Apple Mail read from recorded osascript output; every failure ends in the "how to look it up" note. */
class AppleMailReaderTest {
    private static final MailProgramsTexts TEXTS = new MailProgramsTexts(Locale.ROOT);

    /** What apple-mail-accounts.applescript printed on a Mac with an iCloud, a Gmail and a hosted POP account. */
    static final String RECORDED = String.join("\n",
            "OD-ACCOUNT\tiCloud\tmaria.lopez@icloud.com,maria@me.com\tMaría López\tiCloud\tp42-imap.mail.me.com\t993\ttrue"
                    + "\tmaria.lopez\tsmtp.mail.me.com\t587\ttrue\tpassword\tmaria.lopez@icloud.com",
            "OD-ACCOUNT\tGoogle\tmaria.lopez.work@gmail.com\tMaría López\timap\timap.gmail.com\t993\ttrue"
                    + "\tmaria.lopez.work@gmail.com\tsmtp.gmail.com\t465\ttrue\tApple token\tmaria.lopez.work@gmail.com",
            "OD-ACCOUNT\tTienda\tventas@tienda-lopez.es\tTienda López\tpop\tpop.tienda-lopez.es\t110\tfalse"
                    + "\tventas\tsmtp.tienda-lopez.es\t25\tfalse\tnone\t",
            "OD-ACCOUNT\tbroken line with too few fields",
            "");

    private static CommandRunner.Result output(String text) {
        return new CommandRunner.Result(0, text, false, false);
    }

    private static List<NoteCode> codes(MailProgramsScan scan) {
        return scan.programNotes().stream().map(n -> n.note().code()).toList();
    }

    @Test
    void readsEachAddressWithItsDeliveryAccount() {
        MailProgramsScan scan = AppleMailOutput.parse(output(RECORDED), TEXTS);
        assertEquals(List.of("maria.lopez@icloud.com", "maria@me.com", "maria.lopez.work@gmail.com", "ventas@tienda-lopez.es"),
                scan.accounts().stream().map(FoundAccount::address).toList());
        FoundAccount icloud = scan.accounts().get(0);
        assertEquals("iCloud", icloud.profile());
        assertEquals(Optional.of("María López"), icloud.displayName());
        assertEquals(new FoundAccount.Outgoing("smtp.mail.me.com", Optional.of(587), Optional.of(ConnectionSecurity.STARTTLS),
                AuthMethod.NORMAL_PASSWORD, Optional.of("maria.lopez@icloud.com")), icloud.outgoing().orElseThrow());
        assertEquals(List.of(), scan.accounts().get(1).notes(), "the alias at me.com is Apple's too: no note for the domain");

        FoundAccount gmail = scan.accounts().get(2);
        assertEquals(AuthMethod.OAUTH2, gmail.outgoing().orElseThrow().authMethod());
        assertEquals(Optional.of(ConnectionSecurity.TLS), gmail.outgoing().orElseThrow().security());

        FoundAccount shop = scan.accounts().get(3);
        assertEquals(List.of(NoteCode.LOGIN_OFF), shop.notes().stream().map(Note::code).toList());
        assertEquals(new FoundAccount.Incoming("pop", "pop.tienda-lopez.es", Optional.of(110),
                Optional.of(ConnectionSecurity.NONE), Optional.of("ventas")), shop.incoming().orElseThrow());

        assertEquals(List.of(NoteCode.MALFORMED), codes(scan), "the broken line is counted, not guessed at");
    }

    @Test
    void everyFailureSaysWhyAndHowToLookItUp() {
        assertEquals(List.of(NoteCode.NOT_RUNNING, NoteCode.HOW_TO_LOOK_UP),
                codes(AppleMailOutput.parse(output(AppleMailOutput.NOT_RUNNING), TEXTS)));
        assertEquals(List.of(NoteCode.NOT_PERMITTED, NoteCode.HOW_TO_LOOK_UP), codes(AppleMailOutput.parse(
                new CommandRunner.Result(1, "execution error: Not authorized to send Apple events to Mail. (-1743)",
                        false, false), TEXTS)));
        assertEquals(List.of(NoteCode.TIMED_OUT, NoteCode.HOW_TO_LOOK_UP),
                codes(AppleMailOutput.parse(new CommandRunner.Result(-1, "", true, false), TEXTS)));
        assertEquals(List.of(NoteCode.UNREADABLE, NoteCode.HOW_TO_LOOK_UP), codes(AppleMailOutput.parse(
                new CommandRunner.Result(1, "syntax error: Expected end of line (-2741)", false, false), TEXTS)));
        assertEquals(List.of(), codes(AppleMailOutput.parse(output(""), TEXTS)), "Mail open with no account");
    }

    @Test
    void onlyAMacRunsTheScriptElsewhereTheNoteSaysWhereToLook() {
        CommandRunner recorded = (command, timeout, max) -> {
            assertEquals("osascript", command.get(0));
            assertTrue(timeout.getSeconds() <= 10, "an unanswered consent dialog must not hold the scan");
            assertTrue(command.contains("if application \"Mail\" is not running then return \"OD-NOT-RUNNING\""));
            assertTrue(command.stream().noneMatch(line -> line.trim().startsWith("--")), "comments are not sent");
            return output(RECORDED);
        };
        assertEquals(4, new AppleMailReader(HostOs.MACOS, recorded, TEXTS).read().accounts().size());

        MailProgramsScan linux = new AppleMailReader(HostOs.LINUX, (c, t, m) -> {
            throw new AssertionError("no osascript outside macOS");
        }, TEXTS).read();
        assertEquals(List.of(NoteCode.HOW_TO_LOOK_UP), codes(linux));
        assertTrue(linux.programNotes().get(0).note().text().contains("Mail > Settings > Accounts"));
    }
}
