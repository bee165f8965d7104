package org.outboxdoctor.mailprograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.outboxdoctor.mailprograms.ThunderbirdHome.profile;
import static org.outboxdoctor.mailprograms.ThunderbirdHome.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thunderbird profiles built in a temporary home, read as on the customer's computer. */
class ThunderbirdReaderTest {
    @TempDir
    Path home;

    /** Outlook finds no profile, Mail is closed: Thunderbird is read from files alone. */
    private static final CommandRunner NO_OTHER_PROGRAM = (command, timeout, max) -> new CommandRunner.Result(1,
            command.get(0).equals("reg") ? "ERROR: The system was unable to find the specified registry key or value."
                    : AppleMailOutput.NOT_RUNNING, false, false);

    private MailProgramsScan scan(HostOs os, Map<String, String> environment) {
        return new MailPrograms(home, os, environment, NO_OTHER_PROGRAM, Locale.ROOT).scan();
    }

    private MailProgramsScan scanLinux() {
        return scan(HostOs.LINUX, Map.of());
    }

    private static List<FoundAccount> thunderbird(MailProgramsScan scan) {
        return scan.accounts().stream().filter(a -> a.program() == MailProgram.THUNDERBIRD).toList();
    }

    private static List<NoteCode> codes(FoundAccount account) {
        return account.notes().stream().map(Note::code).toList();
    }

    private static List<NoteCode> programCodes(MailProgramsScan scan) {
        return scan.programNotes().stream().filter(n -> n.program() == MailProgram.THUNDERBIRD)
                .map(n -> n.note().code()).toList();
    }

    @Test
    void severalProfilesAndIdentitiesWithOAuth2AndNormalPasswords() throws IOException {
        Path root = home.resolve(".thunderbird");
        write(root.resolve("profiles.ini"), """
                [Profile1]
                Name=work
                IsRelative=1
                Path=k2l8abcd.work

                [Profile0]
                Name=default-release
                IsRelative=1
                Path=x9y8z7w6.default-release
                Default=1

                [General]
                StartWithLastProfile=1
                Version=2
                """);
        write(root.resolve("installs.ini"), "[8216C80C92C4E828]\nDefault=k2l8abcd.work\nLocked=1\n");
        profile(root, "x9y8z7w6.default-release", ThunderbirdHome.TWO_ACCOUNTS);
        profile(root, "k2l8abcd.work", """
                user_pref("mail.accountmanager.accounts", "account5");
                user_pref("mail.account.account5.identities", "id7");
                user_pref("mail.account.account5.server", "server9");
                user_pref("mail.identity.id7.useremail", "Max@Firma.example");
                user_pref("mail.identity.id7.smtpServer", "smtp4");
                user_pref("mail.server.server9.hostname", "outlook.office365.com");
                user_pref("mail.server.server9.type", "imap");
                user_pref("mail.smtpserver.smtp4.hostname", "smtp.office365.com");
                user_pref("mail.smtpserver.smtp4.port", 587);
                user_pref("mail.smtpserver.smtp4.authMethod", 3);
                user_pref("mail.smtpserver.smtp4.try_ssl", 2);
                user_pref("mail.smtpserver.smtp4.username", "max@firma.example");
                user_pref("mail.smtpservers", "smtp4");
                """);

        MailProgramsScan scan = scanLinux();
        List<FoundAccount> accounts = thunderbird(scan);
        assertEquals(List.of("Max@Firma.example", "anna.beispiel@gmail.com", "laden@sonne-shop.de", "rechnung@sonne-shop.de"),
                accounts.stream().map(FoundAccount::address).toList(), "profiles.ini order; the Local Folders have no address");
        assertEquals(List.of(), programCodes(scan));

        FoundAccount anna = accounts.get(1);
        assertEquals("default-release", anna.profile());
        assertFalse(anna.defaultProfile(), "installs.ini names the install's default, which wins over Default=1");
        assertEquals(Optional.of("Anna Beispiel"), anna.displayName());
        FoundAccount.Outgoing annaOut = anna.outgoing().orElseThrow();
        assertEquals("smtp.gmail.com", annaOut.server());
        assertEquals(Optional.of(465), annaOut.port());
        assertEquals(Optional.of(ConnectionSecurity.TLS), annaOut.security());
        assertEquals(AuthMethod.OAUTH2, annaOut.authMethod());
        assertTrue(annaOut.login());
        assertEquals(Optional.of("anna.beispiel@gmail.com"), annaOut.username());
        FoundAccount.Incoming annaIn = anna.incoming().orElseThrow();
        assertEquals(List.of("imap", "imap.gmail.com", 993), List.of(annaIn.type(), annaIn.server(), annaIn.port().get()));
        assertEquals(List.of(), anna.notes());

        FoundAccount laden = accounts.get(2);
        FoundAccount.Outgoing ladenOut = laden.outgoing().orElseThrow();
        assertEquals(AuthMethod.NORMAL_PASSWORD, ladenOut.authMethod());
        assertEquals(Optional.of(ConnectionSecurity.STARTTLS), ladenOut.security());
        assertEquals(Optional.of(587), ladenOut.port(), "no port set: Thunderbird uses 587 unless SSL/TLS");
        assertEquals(Optional.of(995), laden.incoming().orElseThrow().port(), "POP3 over SSL/TLS without a port");

        // id3 names no server, so it sends through mail.smtp.defaultserver: Anna's Gmail with Anna's login
        FoundAccount rechnung = accounts.get(3);
        assertEquals("smtp.gmail.com", rechnung.outgoing().orElseThrow().server());
        assertEquals(List.of(NoteCode.OTHER_ACCOUNTS_SERVER), codes(rechnung));
        assertTrue(rechnung.notes().get(0).text().contains("anna.beispiel@gmail.com"), rechnung.notes().toString());

        FoundAccount max = accounts.get(0);
        assertEquals("work", max.profile());
        assertTrue(max.defaultProfile());
        assertEquals(List.of(), codes(max), "the login's domain is compared without regard to case");

        assertEquals(Optional.of(max), scan.accountFor("max@firma.EXAMPLE"));
        assertEquals(Optional.of(laden), scan.accountFor(" laden@sonne-shop.de "));
        assertEquals(Optional.empty(), scan.accountFor("nobody@nowhere.example"));
    }

    @Test
    void identitiesTiedToAMissingOrNoServerAndRiskySettingsEachGetTheirOwnNote() throws IOException {
        profile(home.resolve(".thunderbird"), "abc.default", """
                user_pref("mail.accountmanager.accounts", "account1,account2");
                user_pref("mail.account.account1.identities", "id1,id2");
                user_pref("mail.account.account1.server", "server1");
                user_pref("mail.account.account2.identities", "id3");
                user_pref("mail.account.account2.server", "server2");
                user_pref("mail.server.server1.hostname", "mail.example.com");
                user_pref("mail.server.server1.type", "imap");
                user_pref("mail.server.server2.hostname", "imap.other.example");
                user_pref("mail.server.server2.type", "imap");
                user_pref("mail.identity.id1.useremail", "gone@example.com");
                user_pref("mail.identity.id1.smtpServer", "smtp9");
                user_pref("mail.identity.id2.useremail", "open@example.com");
                user_pref("mail.identity.id2.smtpServer", "smtp1");
                user_pref("mail.identity.id3.useremail", "plain@other.example");
                user_pref("mail.identity.id3.smtpServer", "smtp2");
                user_pref("mail.smtpserver.smtp1.hostname", "mail.example.com");
                user_pref("mail.smtpserver.smtp1.authMethod", 1);
                user_pref("mail.smtpserver.smtp1.port", 587);
                user_pref("mail.smtpserver.smtp1.try_ssl", 3);
                user_pref("mail.smtpserver.smtp2.hostname", "smtp.other.example");
                user_pref("mail.smtpserver.smtp2.port", 25);
                user_pref("mail.smtpservers", "smtp1,smtp2");
                """);
        List<FoundAccount> accounts = thunderbird(scanLinux());
        assertEquals(3, accounts.size());
        assertEquals(List.of(NoteCode.OUTGOING_SERVER_MISSING), codes(accounts.get(0)));
        assertTrue(accounts.get(0).outgoing().isEmpty());
        assertTrue(accounts.get(0).notes().get(0).text().contains("smtp9"));
        assertEquals(List.of(NoteCode.LOGIN_OFF, NoteCode.SECURITY_PORT_MISMATCH), codes(accounts.get(1)),
                "no login, and SSL/TLS chosen on 587");
        assertEquals(List.of(NoteCode.PASSWORD_UNENCRYPTED), codes(accounts.get(2)),
                "defaults: normal password, no encryption");

        Files.writeString(home.resolve(".thunderbird/abc.default/prefs.js"), """
                user_pref("mail.accountmanager.accounts", "account1");
                user_pref("mail.account.account1.identities", "id1");
                user_pref("mail.account.account1.server", "server1");
                user_pref("mail.identity.id1.useremail", "lonely@example.com");
                """);
        FoundAccount lonely = thunderbird(scanLinux()).get(0);
        assertEquals(List.of(NoteCode.NO_OUTGOING_SERVER), codes(lonely));
        assertTrue(lonely.incoming().isEmpty(), "its incoming server is not in the settings either");
    }

    @Test
    void aMalformedPrefsJsGivesALineAndItsGoodLinesAreStillRead() throws IOException {
        profile(home.resolve(".thunderbird"), "abc.default", ThunderbirdHome.TWO_ACCOUNTS
                + "user_pref(\"broken\", \n\u0000\u0001 garbage )))\nuser_pref(\"mail.smtpservers\" \"smtp1\");\n");
        MailProgramsScan scan = scanLinux();
        assertEquals(3, thunderbird(scan).size());
        assertEquals(List.of(NoteCode.MALFORMED), programCodes(scan));
        ProgramNote note = scan.programNotes().get(0);
        assertEquals(Optional.of("abc.default"), note.profile(), "without profiles.ini the folder names the profile");
        assertTrue(note.note().text().contains("(lines: 3)"), note.note().text());
    }

    @Test
    void aHugePrefsJsIsNotReadAndSaysSo() throws IOException {
        profile(home.resolve(".thunderbird"), "good.default", ThunderbirdHome.TWO_ACCOUNTS);
        ThunderbirdHome.huge(home.resolve(".thunderbird/huge.default/prefs.js"), ThunderbirdReader.MAX_PREFS_BYTES + 1);
        MailProgramsScan scan = scanLinux();
        assertEquals(3, thunderbird(scan).size(), "the other profile is still read");
        assertEquals(List.of(NoteCode.TOO_LARGE), programCodes(scan));
        assertTrue(scan.programNotes().get(0).note().text().contains("huge.default"));
    }

    @Test
    void aFolderInPlaceOfPrefsJsIsUnreadableNotACrash() throws IOException {
        Files.createDirectories(home.resolve(".thunderbird/odd.default/prefs.js"));
        write(home.resolve(".thunderbird/profiles.ini"), "[Profile0]\nName=odd\nIsRelative=1\nPath=odd.default\nDefault=1\n");
        MailProgramsScan scan = scanLinux();
        assertEquals(List.of(), thunderbird(scan));
        assertEquals(List.of(NoteCode.UNREADABLE), programCodes(scan));
        assertEquals(Optional.of("odd"), scan.programNotes().get(0).profile());
    }

    /** Root reads any file whatever its permissions (as on CI), so this case runs only where permissions bind. */
    @Test
    void aPrefsJsWithoutReadPermissionIsUnreadable() throws IOException {
        Path directory = profile(home.resolve(".thunderbird"), "locked.default", ThunderbirdHome.TWO_ACCOUNTS);
        Path prefs = directory.resolve("prefs.js");
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(prefs, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(prefs), "running as root: file permissions do not stop this user");
            MailProgramsScan scan = scanLinux();
            assertEquals(List.of(NoteCode.UNREADABLE), programCodes(scan));
        } finally {
            Files.setPosixFilePermissions(prefs, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aProfileThatThunderbirdHasOpenIsReadWithANote() throws IOException {
        Path directory = profile(home.resolve(".thunderbird"), "abc.default", ThunderbirdHome.TWO_ACCOUNTS);
        Files.createSymbolicLink(directory.resolve("lock"), Path.of("127.0.1.1:+4242"));
        MailProgramsScan scan = scanLinux();
        assertEquals(3, thunderbird(scan).size());
        assertEquals(List.of(NoteCode.PROFILE_IN_USE), programCodes(scan));
    }

    @Test
    void snapAndFlatpakThunderbirdsAreFoundToo() throws IOException {
        profile(home.resolve("snap/thunderbird/common/.thunderbird"), "snap.default", ThunderbirdHome.TWO_ACCOUNTS);
        profile(home.resolve(".var/app/org.mozilla.Thunderbird/.thunderbird"), "flat.default", """
                user_pref("mail.accountmanager.accounts", "account1");
                user_pref("mail.account.account1.identities", "id1");
                user_pref("mail.identity.id1.useremail", "flat@example.com");
                user_pref("mail.identity.id1.smtpServer", "smtp1");
                user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.com");
                """);
        List<String> profiles = thunderbird(scanLinux()).stream().map(FoundAccount::profile).distinct().toList();
        assertEquals(List.of("snap.default", "flat.default"), profiles);
    }

    @Test
    void windowsUsesAppDataAndMacOsItsLibrary() throws IOException {
        Path appData = home.resolve("Roaming Elsewhere");
        Path winRoot = appData.resolve("Thunderbird");
        write(winRoot.resolve("profiles.ini"), "[Profile0]\r\nName=default\r\nIsRelative=1\r\nPath=Profiles/w1.default\r\nDefault=1\r\n");
        profile(winRoot, "Profiles/w1.default", ThunderbirdHome.TWO_ACCOUNTS);
        MailProgramsScan windows = scan(HostOs.WINDOWS, Map.of("APPDATA", appData.toString()));
        assertEquals(3, thunderbird(windows).size());
        assertTrue(thunderbird(windows).get(0).defaultProfile());
        assertEquals(List.of(), thunderbird(scan(HostOs.MACOS, Map.of())), "nothing in ~/Library/Thunderbird yet");

        Path macRoot = home.resolve("Library/Thunderbird");
        Path elsewhere = home.resolve("external disk/tb profile");
        write(macRoot.resolve("profiles.ini"), "[Profile0]\nName=external\nIsRelative=0\nPath=" + elsewhere + "\n");
        profile(elsewhere.getParent(), elsewhere.getFileName().toString(), ThunderbirdHome.TWO_ACCOUNTS);
        MailProgramsScan mac = scan(HostOs.MACOS, Map.of());
        assertEquals(List.of("external"), thunderbird(mac).stream().map(FoundAccount::profile).distinct().toList());
    }

    @Test
    void anAliasSentWithItsOwnAccountsLoginIsNoWrongServer() throws IOException {
        profile(home.resolve(".thunderbird"), "abc.default", """
                user_pref("mail.accountmanager.accounts", "account1");
                user_pref("mail.account.account1.identities", "id1,id2");
                user_pref("mail.account.account1.server", "server1");
                user_pref("mail.server.server1.hostname", "imap.gmail.com");
                user_pref("mail.server.server1.type", "imap");
                user_pref("mail.server.server1.userName", "anna@gmail.com");
                user_pref("mail.identity.id1.useremail", "anna@gmail.com");
                user_pref("mail.identity.id2.useremail", "anna@anna-design.example");
                user_pref("mail.smtp.defaultserver", "smtp1");
                user_pref("mail.smtpserver.smtp1.hostname", "smtp.gmail.com");
                user_pref("mail.smtpserver.smtp1.try_ssl", 3);
                user_pref("mail.smtpserver.smtp1.authMethod", 10);
                user_pref("mail.smtpserver.smtp1.username", "anna@gmail.com");
                """);
        List<FoundAccount> accounts = thunderbird(scanLinux());
        assertEquals(List.of(List.of(), List.of()), accounts.stream().map(ThunderbirdReaderTest::codes).toList());
    }

    @Test
    void noThunderbirdAtAllIsNoAccountAndNoLine() {
        MailProgramsScan scan = scanLinux();
        assertEquals(List.of(), scan.accounts());
        assertEquals(List.of(), programCodes(scan));
    }
}
