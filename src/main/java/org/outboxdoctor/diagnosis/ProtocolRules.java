package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.settings.Security;

/**
 * A server that broke the login protocol (RFC 4954): its answer judged nothing, so it is the server's fault and
 * never a verdict on the password.
 */
final class ProtocolRules {
    private ProtocolRules() {
    }

    static void authProtocolErrors(CheckEvidence e, FindingSet f) {
        List<SmtpPortResult> broken = ConnectionJudges.yoursFirst(e.ports()).stream()
                .filter(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.PROTOCOL_ERROR).toList();
        if (broken.isEmpty()) {
            return;
        }
        Optional<SmtpPortResult> working = e.allPorts().stream()
                .filter(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.ACCEPTED).findFirst();
        List<String> evidence = new ArrayList<>();
        for (SmtpPortResult p : broken) {
            evidence.add(f.lines().reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply()));
        }
        SmtpPortResult first = broken.get(0);
        List<String> fix = new ArrayList<>();
        working.ifPresentOrElse(w -> fix.add(f.text("finding.authProtocolError.fix.otherPort", w.port())),
                () -> fix.add(f.text("finding.authProtocolError.fix.securePort")));
        fix.add(f.text("finding.authProtocolError.fix.sendReport"));
        // the reply is on record, so the fault is proven; it stops sending only where no other login worked
        f.add(FindingCode.AUTH_PROTOCOL_ERROR, working.isPresent() && !first.usersPort() ? Severity.WARNING : Severity.PROBLEM,
                f.text("finding.authProtocolError.title"),
                working.map(w -> f.text("finding.authProtocolError.detail.otherPortWorks", first.port(), w.port()))
                        .orElseGet(() -> f.text("finding.authProtocolError.detail", first.port())),
                evidence, fix);
    }

    /**
     * A port that offers a login only in clear text and no STARTTLS: the password stayed here, and the finding
     * says why. About the user's port, or about the first such port when none could send.
     */
    static void loginOnlyInClearText(CheckEvidence e, Optional<SmtpPortResult> best, FindingSet f) {
        List<SmtpPortResult> clear = ConnectionJudges.yoursFirst(e.ports()).stream()
                .filter(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.SKIPPED_UNENCRYPTED
                        && p.achievedSecurity() == Security.NONE && p.plannedSecurity() != Security.TLS
                        && p.capabilities() != null && !p.capabilities().startTls())
                .toList();
        if (clear.isEmpty() || (!clear.get(0).usersPort() && best.isPresent())) {
            return;
        }
        SmtpPortResult p = clear.get(0);
        List<String> fix = new ArrayList<>();
        best.ifPresentOrElse(b -> fix.add(f.text("finding.tlsNotOffered.fix.otherPort", b.port())),
                () -> fix.add(f.text("finding.tlsNotOffered.fix.securePort")));
        fix.add(f.text("finding.tlsNotOffered.fix.askProvider", p.port()));
        f.add(FindingCode.TLS_NOT_OFFERED, best.isPresent() ? Severity.WARNING : Severity.PROBLEM,
                f.text("finding.tlsNotOffered.title"), f.text("finding.tlsNotOffered.detail", p.port(), p.host()),
                List.of(e.signedInWithToken()
                        ? f.lines().text("evidence.clearTextOnlyToken", p.port(), String.join(" ", p.capabilities().authMechanisms()))
                        : f.lines().text("evidence.clearTextOnly", p.port(), String.join(" ", p.capabilities().authMechanisms()))),
                fix);
    }
}
