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

/** What the servers said in words: bans, suspensions, quotas, sizes, and any refusal no other rule explains. */
final class ReplyRules {
    /** Failures that no other rule explains when the server was reached. */
    private static final java.util.Set<FailureKind> UNEXPLAINED = java.util.EnumSet.of(FailureKind.GARBAGE,
            FailureKind.OVERSIZED, FailureKind.CLOSED, FailureKind.REPLY_TIMEOUT, FailureKind.TLS_FAILED);
    private ReplyRules() {
    }

    /** Rate limits, suspensions, quotas and size limits, wherever the server said them. */
    static void serverVerdicts(CheckEvidence e, FindingSet f) {
        Map<ReplyMeaning, List<String>> said = new EnumMap<>(ReplyMeaning.class);
        boolean rateNamed = false;
        for (SmtpPortResult p : e.ports()) {
            for (Map.Entry<String, SmtpReply> step : replies(p).entrySet()) {
                SmtpReply r = step.getValue();
                if (r.positive()) {
                    continue;
                }
                rateNamed |= ReplyMeaning.namesARateLimit(r);
                said.computeIfAbsent(ReplyMeaning.of(r), k -> new ArrayList<>()).add(f.lines().reply(p, step.getKey(), r));
            }
        }
        for (LoginResult l : e.logins()) {
            if (l.outcome() == LoginOutcome.REJECTED) {
                ReplyMeaning m = ReplyMeaning.of(0, l.serverText());
                if (m == ReplyMeaning.ACCOUNT_SUSPENDED) {
                    said.computeIfAbsent(m, k -> new ArrayList<>()).add(f.lines().login(l));
                }
            }
        }
        if (said.containsKey(ReplyMeaning.RATE_LIMITED)) {
            String bans = ProviderBans.sentence(e.discovery().profile(), f.lines().locale());
            f.add(FindingCode.RATE_LIMITED, Severity.PROBLEM, f.text("finding.rateLimited.title"),
                    rateNamed ? f.text("finding.rateLimited.detail", bans) : f.text("finding.rateLimited.detail.unsaid", bans),
                    said.get(ReplyMeaning.RATE_LIMITED),
                    List.of(f.text("finding.rateLimited.fix.stopAndWait"), f.text("finding.rateLimited.fix.oldPassword"),
                            f.text("finding.rateLimited.fix.askToLift")));
            if (!rateNamed) {
                f.notProven(FindingCode.RATE_LIMITED, Certainty.LIKELY, f.text("finding.rateLimited.settle"));
            }
        }
        if (said.containsKey(ReplyMeaning.ACCOUNT_SUSPENDED)) {
            f.add(FindingCode.ACCOUNT_SUSPENDED, Severity.PROBLEM, f.text("finding.accountSuspended.title"),
                    f.text("finding.accountSuspended.detail"),
                    said.get(ReplyMeaning.ACCOUNT_SUSPENDED),
                    List.of(f.text("finding.accountSuspended.fix.contactProvider"),
                            f.text("finding.accountSuspended.fix.changePassword")));
        }
        if (said.containsKey(ReplyMeaning.SENDING_LIMIT)) {
            f.add(FindingCode.SENDING_LIMIT_REACHED, Severity.PROBLEM, f.text("finding.sendingLimitReached.title"),
                    sendingLimitDetail(e, f),
                    said.get(ReplyMeaning.SENDING_LIMIT),
                    List.of(f.text("finding.sendingLimitReached.fix.waitUntilTomorrow"),
                            f.text("finding.sendingLimitReached.fix.mailingService"),
                            f.text("finding.sendingLimitReached.fix.askDailyLimit")));
        }
        if (said.containsKey(ReplyMeaning.MESSAGE_TOO_LARGE)) {
            f.add(FindingCode.MESSAGE_TOO_LARGE, Severity.PROBLEM, f.text("finding.messageTooLarge.title"),
                    f.text("finding.messageTooLarge.detail"),
                    said.get(ReplyMeaning.MESSAGE_TOO_LARGE),
                    List.of(f.text("finding.messageTooLarge.fix.smallerAttachments"),
                            f.text("finding.messageTooLarge.fix.shareLink")));
        }
    }

    /** What a sending limit means, naming the provider's documented limits when they are known. */
    static String sendingLimitDetail(CheckEvidence e, FindingSet f) {
        var profile = e.discovery().profile();
        List<String> limits = new ArrayList<>();
        profile.limit("messagesPerDayPerMailbox")
                .ifPresent(n -> limits.add(f.text("finding.sendingLimitReached.limit.messagesPerDayPerMailbox", n)));
        profile.limit("newMailboxMessagesPerDay")
                .ifPresent(n -> limits.add(f.text("finding.sendingLimitReached.limit.newMailboxMessagesPerDay", n)));
        profile.limit("recipientsPerMessage")
                .ifPresent(n -> limits.add(f.text("finding.sendingLimitReached.limit.recipientsPerMessage", n)));
        profile.limit("webServerMessagesPerDay")
                .ifPresent(n -> limits.add(f.text("finding.sendingLimitReached.limit.webServerMessagesPerDay", n)));
        return limits.isEmpty() ? f.text("finding.sendingLimitReached.detail")
                : f.text("finding.sendingLimitReached.detail.withLimits", profile.name(), String.join(", ", limits));
    }

    /** A failure no rule explained: quote it, so the ticket has what the server said. */
    static void unexplained(CheckEvidence e, FindingSet f, boolean sendingWorks) {
        // a refused test message means sending does not work, whatever the stopped send attempt before it showed
        List<SmtpPortResult> testRefused = e.allPorts().stream()
                .filter(p -> p.testMessage() != null && !p.testMessage().accepted() && p.testMessage().reply() != null).toList();
        if (f.hasProblem() || (sendingWorks && testRefused.isEmpty())) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        e.alternatives().stream().filter(testRefused::contains)
                .forEach(p -> evidence.add(f.lines().reply(p, "DATA", p.testMessage().reply())));
        for (SmtpPortResult p : e.ports()) {
            if (p.failure() != null && (p.answered() || UNEXPLAINED.contains(p.failure().kind()))) {
                evidence.add(f.lines().failure(p));
            }
            replies(p).forEach((step, reply) -> {
                boolean expectedRefusal = step.equals("MAIL FROM") || step.equals("RCPT TO");
                if (!reply.positive() && !expectedRefusal) {
                    evidence.add(f.lines().reply(p, step, reply));
                }
            });
        }
        if (!evidence.isEmpty()) {
            f.add(FindingCode.SERVER_ERROR, Severity.PROBLEM, f.text("finding.serverError.title"),
                    f.text("finding.serverError.detail"),
                    evidence, List.of(f.text("finding.serverError.fix.sendReport")));
        }
    }

    static Map<String, SmtpReply> replies(SmtpPortResult p) {
        Map<String, SmtpReply> replies = new LinkedHashMap<>();
        if (p.greeting() != null) {
            replies.put("connect", p.greeting());
        }
        if (p.startTlsReply() != null) {
            replies.put("STARTTLS", p.startTlsReply());
        }
        addRelay(replies, p.unauthenticatedRelay(), "");
        if (p.auth() != null && p.auth().reply() != null) {
            replies.put("AUTH " + p.auth().mechanism(), p.auth().reply());
        }
        addRelay(replies, p.authenticatedRelay(), " (logged in)");
        if (p.testMessage() != null && p.testMessage().reply() != null) {
            replies.put("DATA", p.testMessage().reply());
        }
        return replies;
    }

    static void addRelay(Map<String, SmtpReply> replies, RelayCheck relay, String suffix) {
        if (relay != null) {
            replies.put("MAIL FROM" + suffix, relay.mailReply());
            if (relay.rcptReply() != null) {
                replies.put("RCPT TO" + suffix, relay.rcptReply());
            }
        }
    }
}
