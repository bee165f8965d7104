package org.outboxdoctor.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {
    private static final ProviderProfile LOCAL_PART = ProviderCatalog.load().require("testlocal");

    private static MailSettings read(String email, String username, String server, String port, String security) {
        return SettingsReader.read(new RawSettings(email, username, server, port, security, true), Optional.empty());
    }

    @Test
    void blankMeansTheDefaults() {
        MailSettings s = read("anna@example.com", "", "", "", "");
        assertEquals("mail.example.com", s.server());
        assertEquals(587, s.port());
        assertEquals(Security.STARTTLS, s.security());
        assertEquals("anna@example.com", s.username());
        assertFalse(s.usernameGiven());
        assertEquals(List.of(), s.notes());
    }

    @Test
    void thePortOfTheServerNameIsUsedAndTheSecurityFollowsIt() {
        MailSettings s = read("anna@example.com", "", "smtps://mail.example.com:465", "", "");
        assertEquals(465, s.port());
        assertEquals(Security.TLS, s.security());
        assertEquals(2, s.notes().size(), s.notes().toString());
    }

    @Test
    void aPortSettingWinsOverThePortInTheNameWithOneNote() {
        MailSettings s = read("anna@example.com", "", "mail.example.com:465", "587", "");
        assertEquals(587, s.port());
        assertTrue(s.notes().stream().map(Object::toString).toList()
                .contains("The server name said port 465 but the port setting said 587; 587 was used."), s.notes().toString());
        assertTrue(s.notes().stream().map(n -> n.text(java.util.Locale.GERMAN)).toList()
                .contains("Im Servernamen stand Port 465, in der Port-Einstellung aber 587; verwendet wurde 587."),
                s.notes().toString());
    }

    @Test
    void aBadPortIsSaidInTheUsersLanguage() {
        InvalidSettingException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidSettingException.class,
                () -> SettingsReader.port("70000"));
        assertEquals("Port 70000 does not exist. Ports go from 1 to 65535; mail programs usually send on 587 or 465.",
                e.getMessage());
        assertTrue(e.message(java.util.Locale.FRENCH).startsWith("Le port 70000 n’existe pas."), e.message(java.util.Locale.FRENCH));
        assertTrue(e.message(new java.util.Locale("es")).startsWith("El puerto 70000 no existe."), e.message(new java.util.Locale("es")));
    }

    @Test
    void theAddressTypedAsUserNameCountsAsTheDefault() {
        assertFalse(read("anna@example.com", "anna@example.com", "", "", "").usernameGiven());
        assertTrue(read("anna@example.com", "anna", "", "", "").usernameGiven());
    }

    @Test
    void aProviderThatLogsInWithTheLocalPartGetsTheLocalPart() {
        MailSettings s = SettingsReader.read(new RawSettings("anna@example.com", "", "", "", "", true), Optional.of(LOCAL_PART));
        assertEquals("anna", s.username());
        assertFalse(s.usernameGiven());
        assertTrue(s.notes().stream().anyMatch(n -> n.toString().contains("\"anna\"")), s.notes().toString());
    }

    @Test
    void aTypedUserNameIsKeptWhateverTheProviderSays() {
        MailSettings typed = read("anna@example.com", "anna.b@example.com", "", "", "");
        assertEquals(typed, SettingsReader.forProvider(typed, LOCAL_PART));
    }

    @Test
    void badInputIsOnePlainSentence() {
        assertEquals("\"abc\" is not a port number. A port is a number from 1 to 65535, like 587.",
                assertThrows(InvalidSettingException.class, () -> read("a@example.com", "", "", "abc", "")).getMessage());
        assertThrows(InvalidSettingException.class, () -> read("a@example.com", "", "", "70000", ""));
        assertTrue(assertThrows(InvalidSettingException.class, () -> read("a@example.com", "", "", "", "maybe"))
                .getMessage().contains("none, starttls or tls"));
        assertThrows(InvalidSettingException.class, () -> read("not-an-address", "", "", "", ""));
    }
}
