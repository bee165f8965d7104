package org.outboxdoctor.diagnosis;

import java.util.List;
import java.util.Optional;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.smtp.RelayCheck;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.settings.MailSettings;

/**
 * The sender address: an alias or second address the login may not send as (Postfix' "not owned by user",
 * Microsoft's SendAsDenied), or a login that does not own even the address it logged in for.
 */
final class SenderRules {
    private SenderRules() {
    }

    static void apply(CheckEvidence e, FindingSet f) {
        MailSettings s = e.settings();
        Optional<SmtpPortResult> aliasRefused = e.allPorts().stream()
                .filter(p -> p.senderRelay() != null && !p.senderRelay().accepted()).findFirst();
        if (aliasRefused.isPresent()) {
            SmtpPortResult p = aliasRefused.get();
            RelayCheck refused = p.senderRelay();
            f.add(FindingCode.SENDER_NOT_ALLOWED, Severity.PROBLEM, f.text("finding.senderNotAllowed.title", s.from()),
                    f.text("finding.senderNotAllowed.detail.alias", s.username(), s.address(), s.from()),
                    List.of(f.lines().reply(p, f.lines().loggedIn("MAIL FROM " + s.address()), p.authenticatedRelay().mailReply()),
                            f.lines().reply(p, refused.rcptReply() == null ? "MAIL FROM " + s.from() : "RCPT TO",
                                    refused.decisive())),
                    List.of(f.text("finding.senderNotAllowed.fix.sendFromOwn", s.address()),
                            f.text("finding.senderNotAllowed.fix.addAlias", s.from()),
                            f.text("finding.senderNotAllowed.fix.ownAccount", s.from())));
            return;
        }
        e.allPorts().stream().filter(p -> p.authenticatedRelay() != null && !p.authenticatedRelay().mailReply().positive()
                        && ReplyMeaning.of(p.authenticatedRelay().mailReply()) == ReplyMeaning.SENDER_REJECTED)
                .findFirst().ifPresent(p -> f.add(FindingCode.SENDER_NOT_ALLOWED, Severity.PROBLEM,
                        f.text("finding.senderNotAllowed.title", s.address()),
                        f.text("finding.senderNotAllowed.detail.login", s.username(), s.address()),
                        List.of(f.lines().reply(p, f.lines().loggedIn("MAIL FROM"), p.authenticatedRelay().mailReply())),
                        List.of(f.text("finding.senderNotAllowed.fix.loginThatOwns", s.address()),
                                f.text("finding.senderNotAllowed.fix.addAlias", s.address()))));
    }
}
