package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.RelayCheck;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Ports;
import org.outboxdoctor.settings.Security;

/** The certificate of the user's port (or another port): made out to another name, or not trusted. */
final class CertificateRules {
    private CertificateRules() {
    }

    static void certificates(CheckEvidence e, Optional<SmtpPortResult> users, FindingSet f) {
        // an interception product's certificate is that product's doing: InterceptionRules explains it once
        Optional<SmtpPortResult> withBadCertificate = users.filter(u -> badAndNotIntercepted(u.certificate(), e))
                .or(() -> e.ports().stream().filter(p -> badAndNotIntercepted(p.certificate(), e)).findFirst());
        if (withBadCertificate.isEmpty()) {
            return;
        }
        SmtpPortResult p = withBadCertificate.get();
        CertificateEvidence c = p.certificate();
        if (c.trusted()) {
            String named = c.names().stream().filter(n -> !n.startsWith("*.")).findFirst()
                    .orElse(c.names().isEmpty() ? "" : c.names().get(0).replace("*", "smtp"));
            f.add(FindingCode.CERT_NAME_MISMATCH, Severity.PROBLEM, f.text("finding.certNameMismatch.title"),
                    f.text("finding.certNameMismatch.detail", p.host(), String.join(", ", c.names())),
                    List.of(f.lines().certificate(p, c)),
                    named.isEmpty() ? List.of(f.text("finding.certNameMismatch.fix.askForName"))
                            : List.of(f.text("finding.certNameMismatch.fix.useNamedServer", named),
                            f.text("finding.certNameMismatch.fix.sameCredentials")));
        } else {
            f.add(FindingCode.CERT_UNTRUSTED, Severity.PROBLEM, f.text("finding.certUntrusted.title"),
                    f.text("finding.certUntrusted.detail", whyUntrusted(c, f)),
                    List.of(f.lines().certificate(p, c)),
                    List.of(f.text("finding.certUntrusted.fix.doNotAccept"), f.text("finding.certUntrusted.fix.askProvider")));
        }
    }

    /** Why a certificate is not trusted, in words; the library's own message stays in the evidence. */
    static String whyUntrusted(CertificateEvidence c, FindingSet f) {
        String problem = c.trustProblem() == null ? "" : c.trustProblem().toLowerCase(java.util.Locale.ROOT);
        if (c.expired(java.time.Instant.now()) || problem.contains("expired") || problem.contains("notafter")) {
            return f.text("finding.certUntrusted.why.expired");
        }
        if (c.selfSigned()) {
            return f.text("finding.certUntrusted.why.selfSigned");
        }
        if (problem.contains("certification path") || problem.contains("pkix") || problem.contains("issuer")) {
            return f.text("finding.certUntrusted.why.unknownAuthority");
        }
        return f.text("finding.certUntrusted.why.other");
    }

    private static boolean badAndNotIntercepted(CertificateEvidence c, CheckEvidence e) {
        return c != null && !c.acceptable() && !TlsInterceptionRules.intercepted(c, e);
    }
}
