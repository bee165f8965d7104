package org.outboxdoctor.probe.login;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the password leaves this computer, read from the client's own command lines ('|' separates writes). */
class LoginCommandWatchTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "IMAP; A0 CAPABILITY|A1 LOGIN alice secret; true",
        "IMAP; A0 CAPABILITY|A1 STARTTLS; false",
        "IMAP; a1 login alice \"se cret\"; true",
        "IMAP; A1 LOGIN alice {6}; false",
        "IMAP; A1 LOGIN alice {6}|secret; true",
        "IMAP; A1 AUTHENTICATE PLAIN; false",
        "IMAP; A1 AUTHENTICATE PLAIN|*; false",
        "IMAP; A1 AUTHENTICATE PLAIN|AGFsaWNlAHNlY3JldA==; true",
        "IMAP; A1 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRo; true",
        "IMAP; PASS secret; false",
        "POP3; CAPA|USER alice; false",
        "POP3; USER alice|PASS secret; true",
        "POP3; APOP alice c4c9334bac560ecc979e58001b3e22fb; true",
        "POP3; AUTH PLAIN; false",
        "POP3; AUTH PLAIN|AGFsaWNlAHNlY3JldA==; true",
        "POP3; AUTH XOAUTH2 dXNlcj1hbGljZQFhdXRo; true",
        "POP3; A1 LOGIN alice secret; false",
    })
    void seesTheSecretGoOut(MailboxProtocol protocol, String writes, boolean sent) throws IOException {
        AtomicBoolean loginSent = new AtomicBoolean();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        LoginCommandWatch.Tap tap = new LoginCommandWatch(protocol, loginSent).tap(wire);
        StringBuilder expected = new StringBuilder();
        for (String line : writes.split("\\|")) {
            byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
            tap.write(bytes, 0, bytes.length);
            expected.append(line).append("\r\n");
        }
        assertEquals(sent, loginSent.get());
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), wire.toByteArray(), "bytes pass unchanged");
    }

    @ParameterizedTest
    @CsvSource({"IMAP", "POP3"})
    void aLongLineIsSeenByItsStartAndItsEnd(MailboxProtocol protocol) throws IOException {
        AtomicBoolean loginSent = new AtomicBoolean();
        LoginCommandWatch.Tap tap = new LoginCommandWatch(protocol, loginSent).tap(new ByteArrayOutputStream());
        String user = "a".repeat(300);
        String line = protocol == MailboxProtocol.IMAP ? "A1 LOGIN " + user + " {6}\r\n" : "USER " + user + "\r\n";
        for (byte b : line.getBytes(StandardCharsets.US_ASCII)) {
            tap.write(b); // one byte at a time, as an unbuffered writer would
        }
        assertEquals(false, loginSent.get());
        tap.write("secret\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(protocol == MailboxProtocol.IMAP, loginSent.get(), "the literal's bytes are the password");
    }

    @Test
    void ciphertextIsNotRead() throws IOException {
        AtomicBoolean loginSent = new AtomicBoolean();
        LoginCommandWatch.Tap tap = new LoginCommandWatch(MailboxProtocol.POP3, loginSent).tap(new ByteArrayOutputStream());
        tap.passThrough();
        tap.write("PASS secret\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(false, loginSent.get());
    }
}
