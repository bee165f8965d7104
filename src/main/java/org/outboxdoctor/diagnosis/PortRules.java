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

/** Ports: nothing answers (a network block), or the user's own port is blocked or refused while another works. */
final class PortRules {
    private PortRules() {
    }

    static void unreachable(CheckEvidence e, FindingSet f) {
        List<String> evidence = new ArrayList<>();
        e.ports().forEach(p -> evidence.add(p.failure() != null ? f.lines().failure(p) : f.lines().noAnswer(p)));
        Optional<LoginResult> mailbox = e.logins().stream().filter(l -> l.outcome() != LoginOutcome.UNREACHABLE
                && l.outcome() != LoginOutcome.SKIPPED).findFirst();
        mailbox.ifPresent(l -> evidence.add(f.lines().login(l)));
        boolean everythingUnreachable = e.ports().stream().allMatch(p -> p.failure() != null
                && p.failure().kind() == FailureKind.UNREACHABLE);
        if (everythingUnreachable && mailbox.isEmpty()) {
            f.add(FindingCode.OFFLINE, Severity.PROBLEM, f.text("finding.offline.title"),
                    f.text("finding.offline.detail.noRoute"), evidence,
                    List.of(f.text("finding.offline.fix.checkConnected"), f.text("finding.offline.fix.runAgain")));
            // DNS answered, so something is online; a firewall that rejects with "host prohibited" looks the same
            f.notProven(FindingCode.OFFLINE, Certainty.LIKELY, f.text("finding.offline.settle.noRoute"));
            return;
        }
        f.add(FindingCode.SMTP_UNREACHABLE, Severity.PROBLEM, f.text("finding.smtpUnreachable.title"),
                mailbox.isPresent() ? f.text("finding.smtpUnreachable.detail.receivingWorks")
                        : f.text("finding.smtpUnreachable.detail"),
                evidence, List.of(f.text("finding.smtpUnreachable.fix.somethingBlocks"),
                        f.text("finding.smtpUnreachable.fix.tryAnotherNetwork"),
                        f.text("finding.smtpUnreachable.fix.askToAllow")));
    }

    static void portUnusable(SmtpPortResult u, SmtpPortResult alternative, FindingSet f) {
        List<String> fix = List.of(f.text("finding.portUnusable.fix.changePort", alternative.port(),
                Recommendation.describe(Security.standardFor(alternative.port()), f)));
        if (u.failure().kind() == FailureKind.REFUSED) {
            f.add(FindingCode.PORT_REFUSED, Severity.PROBLEM, f.text("finding.portRefused.title", u.port()),
                    f.text("finding.portRefused.detail", u.port(), alternative.port()),
                    List.of(f.lines().failure(u)), fix);
            return;
        }
        String cause = u.port() == Ports.SMTP ? f.text("finding.portBlocked.cause.port25")
                : f.text("finding.portBlocked.cause.other");
        String detail = switch (u.failure().kind()) {
            case UNREACHABLE -> f.text("finding.portBlocked.detail.turnedAway", u.port(), alternative.port(), cause);
            case FILTERED -> f.text("finding.portBlocked.detail.noAnswer", u.port(), alternative.port(), cause);
            default -> f.text("finding.portBlocked.detail.noMailServer", u.port(), alternative.port(), cause);
        };
        f.add(FindingCode.PORT_BLOCKED, Severity.PROBLEM, f.text("finding.portBlocked.title", u.port()), detail,
                List.of(f.lines().failure(u), f.lines().answered(alternative)),
                fix);
    }
}
