package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthAttempt;
import org.outboxdoctor.probe.smtp.EhloCapabilities;
import org.outboxdoctor.probe.smtp.RelayCheck;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** Judgements of the account: each login (to read mail and to send) and whether the server lets it send. */
final class AccountJudges {
    private AccountJudges() {
    }

    static List<Judgement> mailboxLogins(CheckEvidence e, FindingSet f, ProbeWords places) {
        List<Judgement> judgements = new ArrayList<>();
        for (LoginResult l : e.logins()) {
            ProbeId.MailboxLogin id = ProbeId.MailboxLogin.of(l);
            String where = places.mailbox(id);
            Severity severity = switch (l.outcome()) {
                case ACCEPTED -> Severity.OK;
                case REJECTED -> Severity.PROBLEM;
                case CERTIFICATE_REFUSED, FAILED -> Severity.WARNING;
                default -> Severity.INFO;
            };
            boolean token = e.signedInWithToken();
            String sentence = switch (l.outcome()) {
                case ACCEPTED -> token ? f.text("judgement.login.tokenAccepted", where) : f.text("judgement.login.accepted", where);
                case REJECTED -> token ? f.text("judgement.login.tokenRejected", where) : f.text("judgement.login.rejected", where);
                case OAUTH_NOT_OFFERED -> f.text("judgement.login.oauthNotOffered", where);
                case UNREACHABLE -> f.text("judgement.login.unreachable", where);
                case CERTIFICATE_REFUSED -> f.text("judgement.login.certificate", where);
                case FAILED -> f.text("judgement.login.failed", where);
                default -> f.text("judgement.login.skipped", where);
            };
            judgements.add(new Judgement(id.key(), id, Aspect.MAILBOX_LOGIN, severity, sentence,
                    List.of(l.host() + ":" + l.port() + " — " + new ProbeSummaries(f.lines()).mailbox(l)), l.transcript(), ""));
        }
        return judgements;
    }

    /** The logins for sending; on a port the user does not use, that it did not log in is no news. */
    static List<Judgement> sendingLogins(CheckEvidence e, FindingSet f, ProbeWords places) {
        List<Judgement> judgements = new ArrayList<>();
        for (SmtpPortResult p : ConnectionJudges.yoursFirst(e.ports())) {
            AuthAttempt auth = p.auth();
            if (auth == null) {
                continue;
            }
            String where = places.sendingLogin(p.port(), p.usersPort());
            Severity severity = switch (auth.outcome()) {
                case ACCEPTED -> Severity.OK;
                case REJECTED -> Severity.PROBLEM;
                case TEMPORARY_FAILURE, INTERRUPTED, SKIPPED_CERTIFICATE, PROTOCOL_ERROR -> Severity.WARNING;
                case NOT_OFFERED, UNSUPPORTED_MECHANISM, OAUTH_NOT_OFFERED -> p.usersPort() ? Severity.WARNING : null;
                case SKIPPED_UNENCRYPTED -> p.usersPort() ? Severity.INFO : null;
                default -> null;
            };
            if (severity == null) {
                continue;
            }
            boolean token = auth.withToken();
            String sentence = switch (auth.outcome()) {
                case ACCEPTED -> token ? f.text("judgement.auth.tokenAccepted", where, auth.mechanism())
                        : f.text("judgement.auth.accepted", where);
                case REJECTED -> token ? f.text("judgement.auth.tokenRejected", where, auth.mechanism())
                        : f.text("judgement.auth.rejected", where);
                case OAUTH_NOT_OFFERED -> f.text("judgement.auth.oauthNotOffered", where);
                case TEMPORARY_FAILURE -> f.text("judgement.auth.temporary", where);
                case PROTOCOL_ERROR -> f.text("judgement.auth.protocol", where);
                case NOT_OFFERED, UNSUPPORTED_MECHANISM -> f.text("judgement.auth.notOffered", where);
                case SKIPPED_UNENCRYPTED -> f.text("judgement.auth.unencrypted", where);
                case SKIPPED_CERTIFICATE -> f.text("judgement.auth.certificate", where);
                default -> f.text("judgement.auth.failed", where);
            };
            List<String> evidence = new ArrayList<>();
            if (auth.reply() != null) {
                evidence.add(f.lines().reply(p, "AUTH " + auth.mechanism(), auth.reply()));
            }
            if (!auth.challenge().isEmpty()) {
                evidence.add(f.lines().text("evidence.challenge", auth.challenge()));
            }
            if (auth.note() != null && !auth.note().isBlank()) {
                evidence.add(note(p, auth, e.signedInWithToken(), f.lines()));
            }
            judgements.add(new Judgement("auth-" + p.port(), ProbeId.SmtpPort.of(p), Aspect.SENDING_LOGIN, severity, sentence,
                    evidence, p.transcript(), ""));
        }
        return judgements;
    }

    /** The probe's note on a login it did not finish, in the reader's language. */
    private static String note(SmtpPortResult p, AuthAttempt auth, boolean token, EvidenceLines lines) {
        String offered = p.currentCapabilities().map(c -> String.join(", ", c.authMechanisms().stream().sorted().toList()))
                .orElse("");
        return switch (auth.outcome()) {
            case SKIPPED_NO_PASSWORD -> lines.text("evidence.auth.noPassword");
            case NOT_OFFERED -> lines.text("evidence.auth.notOffered");
            case SKIPPED_UNENCRYPTED -> token ? lines.text("evidence.auth.unencryptedToken") : lines.text("evidence.auth.unencrypted");
            case SKIPPED_CERTIFICATE -> token ? lines.text("evidence.auth.certificateToken") : lines.text("evidence.auth.certificate");
            case OAUTH_NOT_OFFERED -> lines.text("evidence.auth.oauthNotOffered", offered);
            case UNSUPPORTED_MECHANISM -> lines.text("evidence.auth.unsupported", offered);
            case SKIPPED_ALREADY_CHECKED -> lines.text("evidence.auth.alreadyChecked");
            case INTERRUPTED -> p.failure() == null ? lines.text("evidence.auth.interrupted") : lines.failure(p.failure());
            default -> lines.text("evidence.auth.answeredEarly");
        };
    }

    /** After logging in: may the account send, and how large a message the server takes. */
    static List<Judgement> sending(CheckEvidence e, FindingSet f, ProbeWords places) {
        List<Judgement> judgements = new ArrayList<>();
        for (SmtpPortResult p : ConnectionJudges.yoursFirst(e.ports())) {
            RelayCheck relay = p.authenticatedRelay();
            if (relay == null) {
                continue;
            }
            String where = places.port(p.port(), p.usersPort());
            List<String> evidence = new ArrayList<>();
            evidence.add(f.lines().reply(p, "MAIL FROM", relay.mailReply()));
            if (relay.rcptReply() != null) {
                evidence.add(f.lines().reply(p, "RCPT TO", relay.rcptReply()));
            }
            judgements.add(relay.accepted()
                    ? new Judgement("relay-" + p.port(), ProbeId.SmtpPort.of(p), Aspect.SENDING, Severity.OK,
                    f.text("judgement.relay.accepted", where), evidence, p.transcript(), "")
                    : new Judgement("relay-" + p.port(), ProbeId.SmtpPort.of(p), Aspect.SENDING, Severity.PROBLEM,
                    f.text("judgement.relay.refused", where), evidence, p.transcript(), ""));
        }
        for (SmtpPortResult p : ConnectionJudges.yoursFirst(e.ports())) {
            RelayCheck sender = p.senderRelay();
            if (sender != null) {
                String where = places.port(p.port(), p.usersPort());
                String from = e.settings().from().toString();
                judgements.add(new Judgement("sender-" + p.port(), ProbeId.SmtpPort.of(p), Aspect.SENDER,
                        sender.accepted() ? Severity.OK : Severity.PROBLEM,
                        sender.accepted() ? f.text("judgement.sender.accepted", where, from)
                                : f.text("judgement.sender.refused", where, from),
                        List.of(f.lines().reply(p, "MAIL FROM " + from, sender.decisive())), p.transcript(), ""));
            }
        }
        if (judgements.isEmpty() && !e.ports().isEmpty()) {
            judgements.add(new Judgement("relay", ProbeId.SmtpPort.of(e.ports().get(0)), Aspect.SENDING, Severity.INFO,
                    f.text("judgement.relay.none"), List.of(), List.of(), ""));
        }
        e.ports().stream().filter(SmtpPortResult::canSend)
                .filter(p -> p.currentCapabilities().map(c -> c.size().isPresent() && c.size().getAsLong() > 0).orElse(false))
                .findFirst()
                .ifPresent(p -> {
                    long bytes = p.currentCapabilities().map(EhloCapabilities::size).orElseThrow().getAsLong();
                    String megabytes = String.format(Locale.ROOT, "%.0f", bytes / 1_000_000.0);
                    judgements.add(new Judgement("size", ProbeId.SmtpPort.of(p), Aspect.SIZE, Severity.INFO,
                            f.text("judgement.size", megabytes), List.of(f.lines().text("evidence.portSize", p.port(), bytes)), List.of(), ""));
                });
        return judgements;
    }
}
