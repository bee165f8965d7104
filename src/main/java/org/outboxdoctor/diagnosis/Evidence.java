package org.outboxdoctor.diagnosis;

import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.probe.tls.CertificateEvidence;

/** Evidence lines as they appear under a finding: short, quoting the server exactly. */
final class Evidence {
    private Evidence() {
    }

    static String reply(SmtpPortResult port, String command, SmtpReply reply) {
        return "port " + port.port() + ": " + command + " → " + reply.show();
    }

    static String failure(SmtpPortResult port) {
        return "port " + port.port() + ": " + port.failure().describe();
    }

    static String login(LoginResult login) {
        String verdict = switch (login.outcome()) {
            case ACCEPTED -> "password accepted";
            case REJECTED -> "password refused: " + login.serverText();
            default -> login.failure() != null ? login.failure().describe() : login.outcome().name();
        };
        return login.protocol() + " login on port " + login.port() + ": " + verdict;
    }

    static String lookup(DnsLookup lookup) {
        return "DNS " + lookup.describe() + " (asked " + lookup.resolver() + ")";
    }

    static String certificate(SmtpPortResult port, CertificateEvidence c) {
        return "port " + port.port() + ": certificate for " + String.join(", ", c.names()) + ", issued by " + c.issuer()
                + (c.trusted() ? "" : " — not trusted: " + c.trustProblem());
    }
}
