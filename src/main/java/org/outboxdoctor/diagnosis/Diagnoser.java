package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.outboxdoctor.engine.CheckEvidence;
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
 * The one place where evidence becomes findings. Pure: no I/O, so every rule is tested with
 * synthetic evidence as well as end to end.
 */
public final class Diagnoser {
    /** Which working port to recommend first. */
    private static final List<Integer> PREFERENCE = List.of(Ports.SUBMISSION, Ports.SUBMISSIONS, Ports.ALTERNATIVE, Ports.SMTP);
    /** Failures that no other rule explains when the server was reached. */
    private static final java.util.Set<FailureKind> UNEXPLAINED = java.util.EnumSet.of(FailureKind.GARBAGE,
            FailureKind.OVERSIZED, FailureKind.CLOSED, FailureKind.REPLY_TIMEOUT, FailureKind.TLS_FAILED);

    private final FindingTexts texts;

    /** Findings in the computer's language, as the rest of the app speaks it (English until translated). */
    public Diagnoser() {
        this(Locale.getDefault());
    }

    public Diagnoser(Locale locale) {
        texts = new FindingTexts(locale);
    }

    public Diagnosis diagnose(CheckEvidence e) {
        FindingSet f = new FindingSet(texts);
        if (!e.server().resolved()) {
            unresolved(e, f);
            if (e.ports().isEmpty()) {
                return f.conclude(e, Optional.empty(), false);
            }
        }
        Optional<SmtpPortResult> best = bestWorking(e);
        // a port that accepted the connection but spoke no SMTP is a server fault, not a blocked network; and when
        // another server of the provider answered, the network does not block mail either
        if (e.ports().stream().noneMatch(SmtpPortResult::connected) && best.isEmpty()) {
            unreachable(e, f);
        }
        serverVerdicts(e, f);
        credentials(e, f);
        Optional<SmtpPortResult> users = e.usersPort();
        users.ifPresent(u -> usersSettings(e, u, f));
        certificates(e, users, f);
        best.ifPresent(b -> canSend(e, b, f));
        ServerRules.apply(e, best, f);
        LimitRules.apply(e, best, f);
        boolean currentWork = users.map(u -> currentSettingsWork(e, u)).orElse(false);
        BlacklistRules.apply(e, f, best.isPresent());
        InterceptionRules.apply(e, f);
        unexplained(e, f, currentWork || best.isPresent());
        return f.conclude(e, recommend(e, best), currentWork);
    }

    private void unresolved(CheckEvidence e, FindingSet f) {
        String server = e.settings().server();
        List<String> evidence = new ArrayList<>(e.server().lookups().stream().map(Evidence::lookup).toList());
        if (e.mx() != null) {
            evidence.add(Evidence.lookup(e.mx()));
        }
        boolean noAnswer = e.server().lookups().stream().allMatch(l -> unanswered(l.outcome()))
                && (e.mx() == null || unanswered(e.mx().outcome()));
        if (noAnswer) {
            boolean garbled = e.server().lookups().stream().anyMatch(l -> l.outcome() == DnsOutcome.ERROR
                    && !l.detail().startsWith("nothing answers"));
            f.add(FindingCode.OFFLINE, Severity.PROBLEM, f.text("finding.offline.title"),
                    garbled ? f.text("finding.offline.detail.unreadableDns") : f.text("finding.offline.detail.noDnsAnswer"),
                    evidence, List.of(f.text("finding.offline.fix.checkConnected"), f.text("finding.offline.fix.signInToNetwork"),
                            f.text("finding.offline.fix.runAgain")));
            return;
        }
        List<String> known = e.discovery().knownHosts(e.settings().address().domain(), server);
        Optional<String> meant = org.outboxdoctor.probe.discovery.Spelling.closest(server, known);
        List<String> fix = new ArrayList<>();
        meant.ifPresent(m -> fix.add(f.text("finding.serverNotFound.fix.didYouMean", m)));
        fix.add(f.text("finding.serverNotFound.fix.checkSpelling", server));
        if (meant.isEmpty() && !known.isEmpty()) {
            fix.add(f.text("finding.serverNotFound.fix.usualServer", e.settings().address().domain(), known.get(0)));
        }
        f.add(FindingCode.SERVER_NOT_FOUND, Severity.PROBLEM, f.text("finding.serverNotFound.title"),
                e.server().nonexistent() ? f.text("finding.serverNotFound.detail.nonexistent", server)
                        : f.text("finding.serverNotFound.detail.noAddress", server),
                evidence, fix);
    }

    /** No answer from the resolver at all, as opposed to an answer that says no. */
    private static boolean unanswered(DnsOutcome outcome) {
        return outcome == DnsOutcome.TIMEOUT || outcome == DnsOutcome.ERROR;
    }

    private void unreachable(CheckEvidence e, FindingSet f) {
        List<String> evidence = new ArrayList<>();
        e.ports().forEach(p -> evidence.add(p.failure() != null ? Evidence.failure(p) : "port " + p.port() + ": no answer"));
        Optional<LoginResult> mailbox = e.logins().stream().filter(l -> l.outcome() != LoginOutcome.UNREACHABLE
                && l.outcome() != LoginOutcome.SKIPPED).findFirst();
        mailbox.ifPresent(l -> evidence.add(Evidence.login(l)));
        boolean everythingUnreachable = e.ports().stream().allMatch(p -> p.failure() != null
                && p.failure().kind() == FailureKind.UNREACHABLE);
        if (everythingUnreachable && mailbox.isEmpty()) {
            f.add(FindingCode.OFFLINE, Severity.PROBLEM, f.text("finding.offline.title"),
                    f.text("finding.offline.detail.noRoute"), evidence,
                    List.of(f.text("finding.offline.fix.checkConnected"), f.text("finding.offline.fix.runAgain")));
            return;
        }
        f.add(FindingCode.SMTP_UNREACHABLE, Severity.PROBLEM, f.text("finding.smtpUnreachable.title"),
                mailbox.isPresent() ? f.text("finding.smtpUnreachable.detail.receivingWorks")
                        : f.text("finding.smtpUnreachable.detail"),
                evidence, List.of(f.text("finding.smtpUnreachable.fix.somethingBlocks"),
                        f.text("finding.smtpUnreachable.fix.tryAnotherNetwork"),
                        f.text("finding.smtpUnreachable.fix.askToAllow")));
    }

    /** Rate limits, suspensions, quotas and size limits, wherever the server said them. */
    private void serverVerdicts(CheckEvidence e, FindingSet f) {
        Map<ReplyMeaning, List<String>> said = new EnumMap<>(ReplyMeaning.class);
        for (SmtpPortResult p : e.ports()) {
            for (Map.Entry<String, SmtpReply> step : replies(p).entrySet()) {
                SmtpReply r = step.getValue();
                if (r.positive()) {
                    continue;
                }
                said.computeIfAbsent(ReplyMeaning.of(r), k -> new ArrayList<>()).add(Evidence.reply(p, step.getKey(), r));
            }
        }
        for (LoginResult l : e.logins()) {
            if (l.outcome() == LoginOutcome.REJECTED) {
                ReplyMeaning m = ReplyMeaning.of(0, l.serverText());
                if (m == ReplyMeaning.ACCOUNT_SUSPENDED) {
                    said.computeIfAbsent(m, k -> new ArrayList<>()).add(Evidence.login(l));
                }
            }
        }
        if (said.containsKey(ReplyMeaning.RATE_LIMITED)) {
            f.add(FindingCode.RATE_LIMITED, Severity.PROBLEM, f.text("finding.rateLimited.title"),
                    f.text("finding.rateLimited.detail", e.discovery().profile().bans()),
                    said.get(ReplyMeaning.RATE_LIMITED),
                    List.of(f.text("finding.rateLimited.fix.stopAndWait"), f.text("finding.rateLimited.fix.oldPassword"),
                            f.text("finding.rateLimited.fix.askToLift")));
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
    private static String sendingLimitDetail(CheckEvidence e, FindingSet f) {
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

    private void credentials(CheckEvidence e, FindingSet f) {
        List<SmtpPortResult> refused = e.ports().stream()
                .filter(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.REJECTED).toList();
        Optional<LoginResult> mailbox = e.logins().stream().filter(l -> l.outcome().decisive()).findFirst();
        boolean mailboxRefused = mailbox.map(l -> l.outcome() == LoginOutcome.REJECTED).orElse(false);
        boolean mailboxAccepted = mailbox.map(l -> l.outcome() == LoginOutcome.ACCEPTED).orElse(false);
        if (refused.isEmpty() && !mailboxRefused) {
            temporaryAuthFailures(e, f);
            return;
        }
        List<String> evidence = new ArrayList<>();
        refused.forEach(p -> evidence.add(Evidence.reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply())));
        mailbox.ifPresent(l -> evidence.add(Evidence.login(l)));
        ReplyMeaning smtpMeaning = refused.isEmpty() ? ReplyMeaning.OTHER : ReplyMeaning.of(refused.get(0).auth().reply());
        if (smtpMeaning == ReplyMeaning.ACCOUNT_SUSPENDED || f.has(FindingCode.ACCOUNT_SUSPENDED)) {
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
            return;
        }
        String refusedBy = mailboxRefused && !refused.isEmpty() ? f.text("finding.wrongPassword.refusedBy.both")
                : mailboxRefused ? f.text("finding.wrongPassword.refusedBy.readingServer")
                : f.text("finding.wrongPassword.refusedBy.outgoingServer");
        f.add(FindingCode.WRONG_PASSWORD, Severity.PROBLEM, f.text("finding.wrongPassword.title"),
                f.text("finding.wrongPassword.detail", refusedBy, e.settings().username()),
                evidence, List.of(f.text("finding.wrongPassword.fix.retype"), f.text("finding.wrongPassword.fix.fullAddress"),
                        f.text("finding.wrongPassword.fix.updateEverywhere"), f.text("finding.wrongPassword.fix.reset")));
    }

    private void temporaryAuthFailures(CheckEvidence e, FindingSet f) {
        for (SmtpPortResult p : e.ports()) {
            if (p.auth() != null && p.auth().outcome() == AuthOutcome.TEMPORARY_FAILURE
                    && ReplyMeaning.of(p.auth().reply()) != ReplyMeaning.RATE_LIMITED) {
                f.add(FindingCode.SERVER_ERROR, Severity.PROBLEM, f.text("finding.serverError.authTemporary.title"),
                        f.text("finding.serverError.authTemporary.detail"),
                        List.of(Evidence.reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply())),
                        List.of(f.text("finding.serverError.authTemporary.fix.waitAndRetry"),
                                f.text("finding.serverError.authTemporary.fix.tellProvider")));
                return;
            }
        }
    }

    private void usersSettings(CheckEvidence e, SmtpPortResult u, FindingSet f) {
        MailSettings s = e.settings();
        Optional<SmtpPortResult> alternative = bestWorking(e).filter(b -> b.port() != u.port())
                .or(() -> e.ports().stream().filter(p -> p.port() != u.port() && p.answered()
                        && p.greeting().code() == 220).min(Comparator.comparingInt(p -> preference(p.port()))));
        if (!u.answered() && u.failure() != null && alternative.isPresent()) {
            portUnusable(u, alternative.get(), f);
            return;
        }
        if (!u.answered() && u.failure() != null && u.failure().kind() == FailureKind.TLS_GOT_PLAINTEXT) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, f.text("finding.tlsModeMismatch.title"),
                    f.text("finding.tlsModeMismatch.detail.plainTextAnswer", u.port()),
                    List.of(Evidence.failure(u)), List.of(f.text("finding.tlsModeMismatch.fix.startTlsOr465", u.port())));
            return;
        }
        if (!u.answered() || u.greeting().code() != 220) {
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
                        List.of(Evidence.reply(u, relay.rcptReply() == null ? "MAIL FROM" : "RCPT TO", relay.decisive())),
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

    private void portUnusable(SmtpPortResult u, SmtpPortResult alternative, FindingSet f) {
        List<String> fix = List.of(f.text("finding.portUnusable.fix.changePort", alternative.port()),
                f.text("finding.portUnusable.fix.useInstead", alternative.port(),
                        describe(Security.standardFor(alternative.port()), f)));
        if (u.failure().kind() == FailureKind.REFUSED) {
            f.add(FindingCode.PORT_REFUSED, Severity.PROBLEM, f.text("finding.portRefused.title", u.port()),
                    f.text("finding.portRefused.detail", u.port(), alternative.port()),
                    List.of(Evidence.failure(u)), fix);
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
                List.of(Evidence.failure(u), "port " + alternative.port() + ": answered (" + alternative.greeting().show() + ")"),
                fix);
    }

    private void mismatch(MailSettings s, SmtpPortResult u, FindingSet f) {
        boolean plainPort = u.plannedSecurity() != Security.TLS;
        if (s.security() == Security.TLS && plainPort) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, f.text("finding.tlsModeMismatch.title"),
                    f.text("finding.tlsModeMismatch.detail.tlsOnStartTlsPort", u.port()),
                    List.of(Evidence.reply(u, "connect", u.greeting()) + " (greeting in plain text)"),
                    List.of(f.text("finding.tlsModeMismatch.fix.startTls", u.port()), f.text("finding.tlsModeMismatch.fix.or465")));
        } else if (s.security() != Security.TLS && !plainPort) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, f.text("finding.tlsModeMismatch.title"),
                    f.text("finding.tlsModeMismatch.detail.otherOnTlsPort", u.port(), describe(s.security(), f)),
                    List.of("port " + u.port() + ": answered only after a TLS handshake"),
                    List.of(f.text("finding.tlsModeMismatch.fix.tls", u.port()), f.text("finding.tlsModeMismatch.fix.or587")));
        }
    }

    private void plainText(MailSettings s, SmtpPortResult u, FindingSet f) {
        RelayCheck relay = u.unauthenticatedRelay();
        boolean refusedForTls = relay != null && ReplyMeaning.of(relay.decisive()) == ReplyMeaning.TLS_REQUIRED;
        boolean authAfterTlsOnly = u.capabilities() != null && !u.capabilities().offersAuth()
                && u.capabilitiesAfterTls() != null && u.capabilitiesAfterTls().offersAuth();
        if (refusedForTls || (s.auth() && authAfterTlsOnly)) {
            List<String> evidence = new ArrayList<>();
            if (refusedForTls) {
                evidence.add(Evidence.reply(u, "MAIL FROM", relay.decisive()));
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

    private void certificates(CheckEvidence e, Optional<SmtpPortResult> users, FindingSet f) {
        Optional<SmtpPortResult> withBadCertificate = users.filter(u -> u.certificate() != null && !u.certificate().acceptable())
                .or(() -> e.ports().stream().filter(p -> p.certificate() != null && !p.certificate().acceptable()).findFirst());
        if (withBadCertificate.isEmpty()) {
            return;
        }
        SmtpPortResult p = withBadCertificate.get();
        CertificateEvidence c = p.certificate();
        if (c.trusted()) {
            String named = c.names().stream().filter(n -> !n.startsWith("*.")).findFirst()
                    .orElse(c.names().isEmpty() ? "" : c.names().get(0).replace("*", "smtp"));
            f.add(FindingCode.CERT_NAME_MISMATCH, Severity.PROBLEM, f.text("finding.certNameMismatch.title"),
                    f.text("finding.certNameMismatch.detail", e.settings().server(), String.join(", ", c.names())),
                    List.of(Evidence.certificate(p, c)),
                    named.isEmpty() ? List.of(f.text("finding.certNameMismatch.fix.askForName"))
                            : List.of(f.text("finding.certNameMismatch.fix.useNamedServer", named),
                            f.text("finding.certNameMismatch.fix.sameCredentials")));
        } else {
            f.add(FindingCode.CERT_UNTRUSTED, Severity.PROBLEM, f.text("finding.certUntrusted.title"),
                    f.text("finding.certUntrusted.detail", c.trustProblem()),
                    List.of(Evidence.certificate(p, c)),
                    List.of(f.text("finding.certUntrusted.fix.doNotAccept"), f.text("finding.certUntrusted.fix.askProvider")));
        }
    }

    /** A failure no rule explained: quote it, so the ticket has what the server said. */
    private void unexplained(CheckEvidence e, FindingSet f, boolean sendingWorks) {
        if (f.hasProblem() || sendingWorks) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        for (SmtpPortResult p : e.ports()) {
            if (p.failure() != null && (p.answered() || UNEXPLAINED.contains(p.failure().kind()))) {
                evidence.add(Evidence.failure(p));
            }
            replies(p).forEach((step, reply) -> {
                boolean expectedRefusal = step.equals("MAIL FROM") || step.equals("RCPT TO");
                if (!reply.positive() && !expectedRefusal) {
                    evidence.add(Evidence.reply(p, step, reply));
                }
            });
        }
        if (!evidence.isEmpty()) {
            f.add(FindingCode.SERVER_ERROR, Severity.PROBLEM, f.text("finding.serverError.title"),
                    f.text("finding.serverError.detail"),
                    evidence, List.of(f.text("finding.serverError.fix.sendReport")));
        }
    }

    private static Map<String, SmtpReply> replies(SmtpPortResult p) {
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
        return replies;
    }

    private static void addRelay(Map<String, SmtpReply> replies, RelayCheck relay, String suffix) {
        if (relay != null) {
            replies.put("MAIL FROM" + suffix, relay.mailReply());
            if (relay.rcptReply() != null) {
                replies.put("RCPT TO" + suffix, relay.rcptReply());
            }
        }
    }

    private static boolean currentSettingsWork(CheckEvidence e, SmtpPortResult u) {
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

    private static void canSend(CheckEvidence e, SmtpPortResult b, FindingSet f) {
        List<String> evidence = new ArrayList<>();
        evidence.add(b.host() + " port " + b.port() + ": login accepted, the server takes mail for other domains");
        String detail = f.text("finding.canSend.detail", b.host(), b.port(), describe(b.achievedSecurity(), f));
        if (b.testMessage() != null) {
            evidence.add("test message " + (b.testMessage().accepted() ? "accepted: " : "refused: ") + b.testMessage().reply().show());
            if (e.delivery() != null) {
                evidence.add("test message " + e.delivery().note());
                detail = e.delivery().arrived() ? f.text("finding.canSend.detail.testArrived")
                        : f.text("finding.canSend.detail.testNotSeen", e.delivery().note());
            }
        }
        f.add(FindingCode.CAN_SEND, Severity.OK, f.text("finding.canSend.title"), detail, evidence,
                List.of(f.text("finding.canSend.fix.useSettings")));
    }

    private static Optional<SmtpPortResult> bestWorking(CheckEvidence e) {
        return e.allPorts().stream().filter(SmtpPortResult::canSend)
                .min(Comparator.comparing((SmtpPortResult p) -> !p.usersPort()).thenComparingInt(p -> preference(p.port())));
    }

    private static int preference(int port) {
        int i = PREFERENCE.indexOf(port);
        return i < 0 ? PREFERENCE.size() : i;
    }

    private static Optional<RecommendedSettings> recommend(CheckEvidence e, Optional<SmtpPortResult> best) {
        MailSettings s = e.settings();
        if (best.isPresent()) {
            SmtpPortResult b = best.get();
            return Optional.of(new RecommendedSettings(b.host(), b.port(), b.achievedSecurity(), s.username(), true, true));
        }
        return e.allPorts().stream()
                .filter(p -> p.answered() && p.greeting().code() == 220 && p.achievedSecurity() != Security.NONE
                        && p.certificate() != null && p.certificate().acceptable()
                        && p.currentCapabilities().map(c -> c.offersAuth()).orElse(false))
                .min(Comparator.comparingInt(p -> preference(p.port())))
                .map(p -> new RecommendedSettings(p.host(), p.port(), p.achievedSecurity(), s.username(), true, false));
    }

    /** The security setting in the words of the mail program's menu. */
    private static String describe(Security security, FindingSet f) {
        return switch (security) {
            case NONE -> f.text("security.none");
            case STARTTLS -> f.text("security.startTls");
            case TLS -> f.text("security.tls");
        };
    }
}
