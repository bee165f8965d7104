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

/** The mail program's own settings on its own port: security mode, encryption before login, and login itself. */
final class UsersSettingsRules {
    private UsersSettingsRules() {
    }

    static void usersSettings(CheckEvidence e, SmtpPortResult u, FindingSet f) {
        MailSettings s = e.settings();
        Optional<SmtpPortResult> alternative = Recommendation.bestWorking(e).filter(b -> b.port() != u.port())
                .or(() -> e.ports().stream().filter(p -> p.port() != u.port() && p.ready()).min(Comparator.comparingInt(p -> Recommendation.preference(p.port()))));
        // a mail server that answered in plain text is there: the security setting is wrong, not the port
        if (!u.answered() && u.failure() != null && u.failure().kind() == FailureKind.TLS_GOT_PLAINTEXT) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, f.text("finding.tlsModeMismatch.title"),
                    f.text("finding.tlsModeMismatch.detail.plainTextAnswer", u.port()),
                    List.of(f.lines().failure(u)), List.of(f.text("finding.tlsModeMismatch.fix.startTlsOr465", u.port())));
            return;
        }
        if (!u.answered() && u.failure() != null && alternative.isPresent()) {
            PortRules.portUnusable(u, alternative.get(), f);
            return;
        }
        if (!u.ready()) {
            return;
        }
        mismatch(s, u, f);
        if (s.security() == Security.NONE) {
            plainText(s, u, f);
        }
        if (!s.auth() && u.unauthenticatedRelay() != null && !u.unauthenticatedRelay().accepted()) {
            RelayCheck relay = u.unauthenticatedRelay();
            ReplyMeaning m = ReplyMeaning.of(relay.decisive());
            if (m == ReplyMeaning.AUTH_REQUIRED || m == ReplyMeaning.TLS_REQUIRED && !f.has(FindingCode.TLS_REQUIRED)) {
                f.add(FindingCode.AUTH_NOT_USED, Severity.PROBLEM, f.text("finding.authNotUsed.title"),
                        f.text("finding.authNotUsed.detail"),
                        List.of(f.lines().reply(u, relay.rcptReply() == null ? "MAIL FROM" : "RCPT TO", relay.decisive())),
                        List.of(f.text("finding.authNotUsed.fix.turnOnLogin"), f.text("finding.authNotUsed.fix.sameCredentials")));
            }
        }
        // only a conversation that reached the login step can tell that no login is offered
        boolean notOffered = u.auth() != null && u.auth().outcome() == AuthOutcome.NOT_OFFERED;
        if (s.auth() && notOffered && !f.has(FindingCode.TLS_REQUIRED)) {
            f.add(FindingCode.AUTH_NOT_OFFERED, Severity.PROBLEM, f.text("finding.authNotOffered.title"),
                    u.achievedSecurity() == Security.NONE
                            ? f.text("finding.authNotOffered.detail.unencrypted", u.port(), s.server())
                            : f.text("finding.authNotOffered.detail", u.port(), s.server()),
                    List.of("port " + u.port() + ": EHLO lists no AUTH"),
                    List.of(f.text("finding.authNotOffered.fix.useSecurePort")));
        }
    }

    static void mismatch(MailSettings s, SmtpPortResult u, FindingSet f) {
        boolean plainPort = u.plannedSecurity() != Security.TLS;
        if (s.security() == Security.TLS && plainPort) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, f.text("finding.tlsModeMismatch.title"),
                    f.text("finding.tlsModeMismatch.detail.tlsOnStartTlsPort", u.port()),
                    List.of(f.lines().greetingInPlainText(f.lines().reply(u, "connect", u.greeting()))),
                    List.of(f.text("finding.tlsModeMismatch.fix.startTls", u.port()), f.text("finding.tlsModeMismatch.fix.or465")));
        } else if (s.security() != Security.TLS && !plainPort) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, f.text("finding.tlsModeMismatch.title"),
                    f.text("finding.tlsModeMismatch.detail.otherOnTlsPort", u.port(), Recommendation.describe(s.security(), f)),
                    List.of("port " + u.port() + ": answered only after a TLS handshake"),
                    List.of(f.text("finding.tlsModeMismatch.fix.tls", u.port()), f.text("finding.tlsModeMismatch.fix.or587")));
        }
    }

    static void plainText(MailSettings s, SmtpPortResult u, FindingSet f) {
        RelayCheck relay = u.unauthenticatedRelay();
        boolean refusedForTls = relay != null && ReplyMeaning.of(relay.decisive()) == ReplyMeaning.TLS_REQUIRED;
        boolean authAfterTlsOnly = u.capabilities() != null && !u.capabilities().offersAuth()
                && u.capabilitiesAfterTls() != null && u.capabilitiesAfterTls().offersAuth();
        if (refusedForTls || (s.auth() && authAfterTlsOnly)) {
            List<String> evidence = new ArrayList<>();
            if (refusedForTls) {
                evidence.add(f.lines().reply(u, "MAIL FROM", relay.decisive()));
            }
            if (authAfterTlsOnly) {
                evidence.add("port " + u.port() + ": AUTH is offered only after STARTTLS");
            }
            f.add(FindingCode.TLS_REQUIRED, Severity.PROBLEM, f.text("finding.tlsRequired.title"),
                    f.text("finding.tlsRequired.detail"),
                    evidence, List.of(f.text("finding.tlsRequired.fix.encrypt", u.port())));
        } else if (s.auth() && u.capabilities() != null && u.capabilities().offersAuth()) {
            f.add(FindingCode.TLS_REQUIRED, Severity.WARNING, f.text("finding.tlsRequired.passwordExposed.title"),
                    f.text("finding.tlsRequired.passwordExposed.detail"),
                    List.of("port " + u.port() + ": AUTH offered before encryption"),
                    List.of(f.text("finding.tlsRequired.fix.encrypt", u.port())));
        }
    }
}
