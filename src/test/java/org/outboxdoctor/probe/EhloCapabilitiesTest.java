package org.outboxdoctor.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.smtp.EhloCapabilities;
import org.outboxdoctor.probe.smtp.SmtpReply;

class EhloCapabilitiesTest {

    @Test
    void readsGmailBeforeStartTls() {
        EhloCapabilities c = EhloCapabilities.parse(new SmtpReply(250, List.of("smtp.gmail.com at your service, [203.0.113.7]",
                "SIZE 35882577", "8BITMIME", "STARTTLS", "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING", "SMTPUTF8")));
        assertTrue(c.startTls());
        assertFalse(c.offersAuth());
        assertEquals(35882577L, c.size().getAsLong());
        assertTrue(c.pipelining());
    }

    @Test
    void readsAuthMechanismsInEitherForm() {
        EhloCapabilities c = EhloCapabilities.parse(new SmtpReply(250, List.of("mail.example.com",
                "AUTH PLAIN LOGIN", "AUTH=PLAIN LOGIN", "SIZE")));
        assertEquals(Set.of("PLAIN", "LOGIN"), c.authMechanisms());
        assertTrue(c.size().isEmpty(), "a bare SIZE gives no limit");
    }

    @Test
    void enhancedStatusCodeIsRead() {
        assertEquals("5.7.8", new SmtpReply(535, List.of("5.7.8 Error: authentication failed")).enhanced().orElseThrow());
        assertTrue(new SmtpReply(535, List.of("Incorrect authentication data")).enhanced().isEmpty());
    }
}
