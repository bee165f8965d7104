package org.outboxdoctor.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingsInputTest {

    @Test
    void serverWithSchemeAndPortIsSplitWithNotes() {
        ServerInput input = ServerInput.parse("smtp://Mail.Example.COM:587");
        assertEquals("mail.example.com", input.host());
        assertEquals(587, input.port().getAsInt());
        assertEquals(2, input.notes().size());
    }

    @Test
    void smtpsSchemeMeansImplicitTls() {
        assertEquals(Security.TLS, ServerInput.parse("smtps://mail.example.com").securityHint());
    }

    @Test
    void internationalDomainsBecomePunycode() {
        assertEquals("xn--bcher-kva.example", EmailAddress.parse("anna@bücher.example").domain());
        assertEquals("mail.xn--bcher-kva.example", ServerInput.parse("mail.bücher.example").host());
    }

    @Test
    void badInputGetsAHumanMessage() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> EmailAddress.parse("alice.example.com"));
        assertTrue(e.getMessage().contains("name@example.com"));
        assertThrows(InvalidSettingException.class, () -> ServerInput.parse("mail.example.com:70000"));
        assertThrows(InvalidSettingException.class, () -> ServerInput.parse("http://mail.example.com"));
        assertThrows(InvalidSettingException.class, () -> Ports.check(0));
        assertThrows(InvalidSettingException.class, () -> ServerInput.parse("mail..example.com"));
    }

    @Test
    void securityWordsMailProgramsUse() {
        assertEquals(Security.TLS, Security.parse("SSL/TLS").orElseThrow());
        assertEquals(Security.STARTTLS, Security.parse("StartTLS").orElseThrow());
        assertTrue(Security.parse("maybe").isEmpty());
    }
}
