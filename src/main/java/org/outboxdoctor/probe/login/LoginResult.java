package org.outboxdoctor.probe.login;

import java.util.List;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.Security;

/**
 * @param protocol "IMAP" or "POP3"
 * @param serverText the server's words on refusal, redacted
 */
public record LoginResult(String protocol, String host, int port, Security security, LoginOutcome outcome,
                          String serverText, ProbeFailure failure, CertificateEvidence certificate,
                          List<String> transcript, long millis) {

    public LoginResult {
        transcript = List.copyOf(transcript);
    }
}
