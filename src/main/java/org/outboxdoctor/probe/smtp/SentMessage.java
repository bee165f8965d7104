package org.outboxdoctor.probe.smtp;

/**
 * The test message as the server took it (or refused it).
 *
 * @param reply the server's answer to the end of DATA ("250 2.0.0 Ok: queued as …"), or to the step that refused it
 */
public record SentMessage(String messageId, boolean accepted, SmtpReply reply) {
}
