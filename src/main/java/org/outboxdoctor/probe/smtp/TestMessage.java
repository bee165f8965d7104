package org.outboxdoctor.probe.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.outboxdoctor.i18n.BundleTexts;

/**
 * The short message "send me a test message" sends to the user's own address, composed by Jakarta Mail,
 * with a Message-ID the check can look for over IMAP. The user reads it in their inbox, so its words are in the
 * run's language ({@code probe/smtp/testmessage.properties} and its translations).
 */
public final class TestMessage {
    static final String BUNDLE_NAME = "org.outboxdoctor.probe.smtp.testmessage";

    private final String messageId;
    private final String subject;
    private final byte[] bytes;

    private TestMessage(String messageId, String subject, byte[] bytes) {
        this.messageId = messageId;
        this.subject = subject;
        this.bytes = bytes;
    }

    /** The test message to {@code address}, its subject and text in {@code language}. */
    public static TestMessage to(String address, Locale language) {
        BundleTexts words = BundleTexts.of(BUNDLE_NAME, language);
        String subject = words.format("testMessage.subject");
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
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            message.setText(words.format("testMessage.sentBy") + "\r\n" + words.format("testMessage.reached") + "\r\n",
                    "UTF-8");
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new TestMessage(id, subject, out.toByteArray());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the test message could not be composed: " + e.getMessage(), e);
        }
    }

    public String messageId() {
        return messageId;
    }

    public String subject() {
        return subject;
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
