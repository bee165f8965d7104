package org.outboxdoctor.probe.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * The short message "send me a test message" sends to the user's own address, composed by Jakarta Mail,
 * with a Message-ID the check can look for over IMAP.
 */
public final class TestMessage {
    public static final String SUBJECT = "Outbox Doctor test message";

    private final String messageId;
    private final byte[] bytes;

    private TestMessage(String messageId, byte[] bytes) {
        this.messageId = messageId;
        this.bytes = bytes;
    }

    public static TestMessage to(String address) {
        String id = "<outbox-doctor-" + UUID.randomUUID() + "@outboxdoctor.invalid>";
        Properties properties = new Properties();
        // with mail.from set Jakarta Mail never looks up this computer's own name
        properties.put("mail.from", address);
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", id);
                }
            };
            message.setFrom(new InternetAddress(address));
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(address));
            message.setSubject(SUBJECT, "UTF-8");
            message.setSentDate(new Date());
            message.setText("This message was sent by Outbox Doctor to check that your email can be sent.\r\n"
                    + "If it reached you, sending works. You can delete it.\r\n", "UTF-8");
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new TestMessage(id, out.toByteArray());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the test message could not be composed: " + e.getMessage(), e);
        }
    }

    public String messageId() {
        return messageId;
    }

    /** The message for the DATA command: CRLF line ends, leading dots doubled (RFC 5321 §4.5.2). */
    public byte[] dataBytes() {
        String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII).replace("\r\n", "\n").replace("\n", "\r\n");
        StringBuilder stuffed = new StringBuilder();
        for (String line : text.split("\r\n", -1)) {
            stuffed.append(line.startsWith(".") ? "." + line : line).append("\r\n");
        }
        String body = stuffed.toString();
        if (body.endsWith("\r\n\r\n")) {
            body = body.substring(0, body.length() - 2);
        }
        return (body + ".").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
