package org.outboxdoctor.probe.login;

import java.util.List;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.Security;

/**
 * @param protocol "IMAP" or "POP3"
 * @param serverText the server's words on refusal, redacted
 * @param source how the check found this server
 * @param passwordSent the login command went out: the server was asked about the password (whatever it answered)
 */
public record LoginResult(String protocol, String host, int port, Security security, LoginOutcome outcome,
                          String serverText, ProbeFailure failure, CertificateEvidence certificate,
                          List<String> transcript, long millis, MailboxSource source, boolean passwordSent) {

    public LoginResult {
        transcript = List.copyOf(transcript);
        source = source == null ? MailboxSource.PROFILE : source;
    }

    /** A login from the provider profile, sent when the server gave a verdict. */
    public LoginResult(String protocol, String host, int port, Security security, LoginOutcome outcome,
                       String serverText, ProbeFailure failure, CertificateEvidence certificate,
                       List<String> transcript, long millis) {
        this(protocol, host, port, security, outcome, serverText, failure, certificate, transcript, millis,
                MailboxSource.PROFILE, outcome.decisive());
    }
}
