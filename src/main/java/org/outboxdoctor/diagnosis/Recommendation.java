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

/** Which way of sending works, whether the current settings do, and the settings to recommend. */
final class Recommendation {
    /** Which working port to recommend first. */
    private static final List<Integer> PREFERENCE = Ports.PREFERRED;
    private Recommendation() {
    }

    static boolean currentSettingsWork(CheckEvidence e, SmtpPortResult u) {
        MailSettings s = e.settings();
        boolean securityFits = s.security() == u.achievedSecurity()
                || (s.security() == Security.TLS && u.plannedSecurity() == Security.TLS && u.achievedSecurity() == Security.TLS);
        if (!securityFits || (u.certificate() != null && !u.certificate().acceptable())) {
            return false;
        }
        if (!s.auth()) {
            return u.unauthenticatedRelay() != null && u.unauthenticatedRelay().accepted();
        }
        if (u.canSend()) {
            return true;
        }
        boolean provenElsewhere = e.ports().stream().anyMatch(SmtpPortResult::canSend);
        boolean offered = u.currentCapabilities().map(c -> c.offersAuth()).orElse(false);
        return provenElsewhere && offered && u.auth() != null && u.auth().outcome() == AuthOutcome.SKIPPED_ALREADY_CHECKED;
    }

    static void canSend(CheckEvidence e, SmtpPortResult b, FindingSet f) {
        List<String> evidence = new ArrayList<>();
        evidence.add(f.lines().text("evidence.relayAccepted", b.host(), b.port()));
        String detail = f.text("finding.canSend.detail", b.host(), b.port(), describe(b.achievedSecurity(), f));
        if (b.testMessage() != null) {
            evidence.add(b.testMessage().accepted() ? f.lines().text("evidence.testMessage.accepted", b.testMessage().reply().show())
                    : f.lines().text("evidence.testMessage.refused", b.testMessage().reply().show()));
            if (e.delivery() != null) {
                evidence.add(f.lines().testMessage(e.delivery()));
                detail = e.delivery().arrived() ? f.text("finding.canSend.detail.testArrived")
                        : f.text("finding.canSend.detail.testNotSeen", f.lines().delivery(e.delivery()));
            }
        }
        f.add(FindingCode.CAN_SEND, Severity.OK, f.text("finding.canSend.title"), detail, evidence,
                List.of(f.text("finding.canSend.fix.useSettings")));
    }

    /**
     * The way to send to recommend: the mail program's own port when it works, unless that is 25, which home
     * providers block and so is kept only when nothing else works; then 587, 465, 2525, 25.
     */
    static Optional<SmtpPortResult> bestWorking(CheckEvidence e) {
        return e.allPorts().stream().filter(SmtpPortResult::canSend)
                .min(Comparator.comparing((SmtpPortResult p) -> !(p.usersPort() && Ports.worthKeeping(p.port())))
                        .thenComparingInt(p -> preference(p.port())));
    }

    static int preference(int port) {
        int i = PREFERENCE.indexOf(port);
        return i < 0 ? PREFERENCE.size() : i;
    }

    static Optional<RecommendedSettings> recommend(CheckEvidence e, Optional<SmtpPortResult> best) {
        MailSettings s = e.settings();
        if (best.isPresent()) {
            SmtpPortResult b = best.get();
            return Optional.of(new RecommendedSettings(b.host(), b.port(), b.achievedSecurity(), s.username(), true, true));
        }
        return e.allPorts().stream()
                .filter(p -> p.ready() && p.achievedSecurity() != Security.NONE
                        && p.certificate() != null && p.certificate().acceptable()
                        && p.currentCapabilities().map(c -> c.offersAuth()).orElse(false))
                .min(Comparator.comparingInt(p -> preference(p.port())))
                .map(p -> new RecommendedSettings(p.host(), p.port(), p.achievedSecurity(), s.username(), true, false));
    }

    /** The security setting in the words of the mail program's menu. */
    static String describe(Security security, FindingSet f) {
        return switch (security) {
            case NONE -> f.text("security.none");
            case STARTTLS -> f.text("security.startTls");
            case TLS -> f.text("security.tls");
        };
    }
}
