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

/**
 * The password: refused by both servers, refused only for sending, or not checkable just now. A refused token is
 * {@link OAuthRules}' to explain, never a wrong password.
 */
final class CredentialRules {
    private CredentialRules() {
    }

    static void credentials(CheckEvidence e, FindingSet f) {
        List<SmtpPortResult> refused = e.ports().stream()
                .filter(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.REJECTED).toList();
        // one mailbox login that takes the password proves it right, whatever another says (POP3 may be switched off)
        Optional<LoginResult> mailbox = e.logins().stream().filter(l -> l.outcome() == LoginOutcome.ACCEPTED).findFirst()
                .or(() -> e.logins().stream().filter(l -> l.outcome() == LoginOutcome.REJECTED).findFirst());
        boolean mailboxRefused = mailbox.map(l -> l.outcome() == LoginOutcome.REJECTED).orElse(false);
        boolean mailboxAccepted = mailbox.map(l -> l.outcome() == LoginOutcome.ACCEPTED).orElse(false);
        // a login for sending that took the password proves it right, whatever a mailbox server says
        boolean sendingAccepted = e.allPorts().stream()
                .anyMatch(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.ACCEPTED);
        if ((refused.isEmpty() && !mailboxRefused) || sendingAccepted) {
            temporaryAuthFailures(e, f);
            return;
        }
        List<String> evidence = new ArrayList<>();
        refused.forEach(p -> evidence.add(EvidenceLines.reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply())));
        mailbox.ifPresent(l -> evidence.add(EvidenceLines.login(l)));
        ReplyMeaning smtpMeaning = refused.isEmpty() ? ReplyMeaning.OTHER : ReplyMeaning.of(refused.get(0).auth().reply());
        if (smtpMeaning == ReplyMeaning.ACCOUNT_SUSPENDED || f.has(FindingCode.ACCOUNT_SUSPENDED)
                || SignInPolicyRules.explainedRefusal(f)) {
            return;
        }
        if (e.signedInWithToken()) {
            OAuthRules.tokenRefused(e, refused, mailbox.orElse(null), f);
            return;
        }
        boolean smtpSpecific = smtpMeaning == ReplyMeaning.SMTP_AUTH_DISABLED || smtpMeaning == ReplyMeaning.APP_PASSWORD_NEEDED;
        if (!refused.isEmpty() && (mailboxAccepted || (smtpSpecific && !mailboxRefused))) {
            String reason = switch (smtpMeaning) {
                case SMTP_AUTH_DISABLED -> f.text("finding.smtpAuthRefused.reason.smtpAuthDisabled");
                case APP_PASSWORD_NEEDED -> f.text("finding.smtpAuthRefused.reason.appPasswordNeeded");
                default -> f.text("finding.smtpAuthRefused.reason.notAllowed");
            };
            f.add(FindingCode.SMTP_AUTH_REFUSED, Severity.PROBLEM, f.text("finding.smtpAuthRefused.title"),
                    mailboxAccepted ? f.text("finding.smtpAuthRefused.detail.passwordProven", reason) : reason,
                    evidence, switch (smtpMeaning) {
                        case APP_PASSWORD_NEEDED -> List.of(f.text("finding.smtpAuthRefused.fix.createAppPassword"),
                                f.text("finding.smtpAuthRefused.fix.useAppPassword"));
                        default -> List.of(f.text("finding.smtpAuthRefused.fix.askToEnable"),
                                f.text("finding.smtpAuthRefused.fix.appPasswordIfOffered"));
                    });
            if (!mailboxAccepted) {
                // the reply names the cause, but no login proved the password itself
                f.notProven(FindingCode.SMTP_AUTH_REFUSED, Certainty.LIKELY, f.text("finding.smtpAuthRefused.settle"));
            }
            return;
        }
        String refusedBy = mailboxRefused && !refused.isEmpty() ? f.text("finding.wrongPassword.refusedBy.both")
                : mailboxRefused ? f.text("finding.wrongPassword.refusedBy.readingServer")
                : f.text("finding.wrongPassword.refusedBy.outgoingServer");
        f.add(FindingCode.WRONG_PASSWORD, Severity.PROBLEM, f.text("finding.wrongPassword.title"),
                f.text("finding.wrongPassword.detail", refusedBy, e.settings().username()),
                evidence, List.of(f.text("finding.wrongPassword.fix.retype"), f.text("finding.wrongPassword.fix.fullAddress"),
                        f.text("finding.wrongPassword.fix.updateEverywhere"), f.text("finding.wrongPassword.fix.reset")));
        if (!mailboxRefused) {
            // proven only when the mailbox refused the same credentials; a reply that does not even say
            // "bad credentials" leaves the refusal for sending as likely as a wrong password
            f.notProven(FindingCode.WRONG_PASSWORD, smtpMeaning == ReplyMeaning.BAD_CREDENTIALS ? Certainty.LIKELY
                    : Certainty.POSSIBLE, f.text("finding.wrongPassword.settle"));
        }
    }

    static void temporaryAuthFailures(CheckEvidence e, FindingSet f) {
        for (SmtpPortResult p : e.ports()) {
            if (p.auth() != null && p.auth().outcome() == AuthOutcome.TEMPORARY_FAILURE
                    && ReplyMeaning.of(p.auth().reply()) != ReplyMeaning.RATE_LIMITED) {
                f.add(FindingCode.SERVER_ERROR, Severity.PROBLEM, f.text("finding.serverError.authTemporary.title"),
                        f.text("finding.serverError.authTemporary.detail"),
                        List.of(EvidenceLines.reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply())),
                        List.of(f.text("finding.serverError.authTemporary.fix.waitAndRetry"),
                                f.text("finding.serverError.authTemporary.fix.tellProvider")));
                return;
            }
        }
    }
}
