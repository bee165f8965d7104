package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.tls.CertificateEvidence;

/** Judgements of the ways in: the server's name, each port, and each certificate that was shown. */
final class ConnectionJudges {
    private ConnectionJudges() {
    }

    static Judgement serverName(CheckEvidence e, FindingSet f) {
        String name = e.server().name();
        List<String> evidence = new ArrayList<>();
        e.server().lookups().forEach(l -> evidence.add(f.lines().lookupTimed(l)));
        if (!e.server().aliases().isEmpty()) {
            evidence.add(f.lines().text("evidence.aliases", String.join(", ", e.server().aliases())));
        }
        DnsLookup mx = e.mx();
        if (mx != null) {
            evidence.add(f.lines().dns(mx));
        }
        Severity severity;
        String sentence;
        if (e.server().resolved()) {
            severity = Severity.OK;
            sentence = f.text("judgement.dns.found", name);
        } else if (e.server().nonexistent()) {
            severity = Severity.PROBLEM;
            sentence = f.text("judgement.dns.missing", name);
        } else if (e.server().lookups().isEmpty()) {
            severity = Severity.INFO;
            sentence = f.text("judgement.dns.notChecked", name);
        } else {
            severity = Severity.PROBLEM;
            sentence = f.text("judgement.dns.failed", name);
        }
        return new Judgement("dns", ProbeId.SERVER_NAME, Aspect.SERVER_NAME, severity, sentence, evidence, List.of(), "");
    }

    static List<Judgement> ports(CheckEvidence e, FindingSet f, ProbeWords places) {
        List<Judgement> judgements = new ArrayList<>();
        for (SmtpPortResult p : yoursFirst(e.ports())) {
            String where = places.port(p.port(), p.usersPort());
            List<String> evidence = new ArrayList<>();
            evidence.add(p.host() + ":" + p.port() + " — " + new ProbeSummaries(f.lines()).port(p));
            if (p.failure() != null && p.answered()) {
                evidence.add(f.lines().failure(p.failure()));
            }
            judgements.add(new Judgement("port-" + p.port(), ProbeId.SmtpPort.of(p), Aspect.CONNECTION, portSeverity(p),
                    portSentence(p, where, f), evidence, p.transcript(), ""));
        }
        return judgements;
    }

    /** A port the user does not use is only worth a warning when it fails: another one may serve. */
    private static Severity portSeverity(SmtpPortResult p) {
        if (p.answered()) {
            // a greeting and then silence or a break is not a port that works
            return p.ready() && !brokeOff(p) ? Severity.OK : Severity.WARNING;
        }
        if (p.failure() == null) {
            return Severity.INFO;
        }
        Severity unusable = p.usersPort() ? Severity.PROBLEM : Severity.WARNING;
        return switch (p.failure().kind()) {
            case FILTERED, UNREACHABLE -> unusable;
            case REFUSED -> p.usersPort() ? Severity.PROBLEM : Severity.INFO;
            case BUDGET_SPENT, CANCELLED -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    /** The port greeted, then the conversation failed before its end (a timeout, a close, garbage). */
    private static boolean brokeOff(SmtpPortResult p) {
        return p.failure() != null && p.failure().kind() != org.outboxdoctor.probe.FailureKind.BUDGET_SPENT;
    }

    private static String portSentence(SmtpPortResult p, String where, FindingSet f) {
        if (p.canSend()) {
            return f.text("judgement.port.canSend", where);
        } else if (p.ready() && brokeOff(p)) {
            return p.failure().kind() == org.outboxdoctor.probe.FailureKind.CANCELLED
                    ? f.text("judgement.port.stopped", where) : f.text("judgement.port.stopsAnswering", where);
        } else if (p.ready()) {
            return f.text("judgement.port.answers", where);
        } else if (p.answered()) {
            return f.text("judgement.port.error", where);
        } else if (p.failure() == null) {
            return f.text("judgement.port.notChecked", where);
        }
        return switch (p.failure().kind()) {
            case FILTERED -> f.text("judgement.port.filtered", where);
            case REFUSED -> f.text("judgement.port.refused", where);
            case UNREACHABLE -> f.text("judgement.port.unreachable", where);
            case TLS_GOT_PLAINTEXT -> f.text("judgement.port.wrongSecurity", where);
            case BUDGET_SPENT -> f.text("judgement.port.notChecked", where);
            case CANCELLED -> f.text("judgement.port.stopped", where);
            default -> f.text("judgement.port.failed", where);
        };
    }

    static List<Judgement> certificates(CheckEvidence e, FindingSet f, ProbeWords places) {
        List<Judgement> judgements = new ArrayList<>();
        for (SmtpPortResult p : yoursFirst(e.ports())) {
            if (p.certificate() != null) {
                judgements.add(certificate("cert-" + p.port(), ProbeId.SmtpPort.of(p), places.port(p.port(), p.usersPort()),
                        p.certificate(), f));
            }
        }
        for (LoginResult l : e.logins()) {
            if (l.certificate() != null) {
                ProbeId.MailboxLogin id = ProbeId.MailboxLogin.of(l);
                judgements.add(certificate("cert-" + id.key(), id, places.mailbox(id), l.certificate(), f));
            }
        }
        return judgements;
    }

    private static Judgement certificate(String key, ProbeId probe, String where, CertificateEvidence c, FindingSet f) {
        String names = c.names().size() <= 3 ? String.join(", ", c.names())
                : String.join(", ", c.names().subList(0, 3)) + ", …";
        Severity severity;
        String sentence;
        if (c.acceptable()) {
            severity = Severity.OK;
            sentence = f.text("judgement.certificate.ok", where, c.checkedName());
        } else if (c.trusted()) {
            severity = Severity.WARNING;
            sentence = f.text("judgement.certificate.otherName", where, names);
        } else {
            severity = Severity.PROBLEM;
            sentence = f.text("judgement.certificate.untrusted", where);
        }
        return new Judgement(key, probe, Aspect.CERTIFICATE, severity, sentence, f.lines().certificateFacts(c), List.of(), "");
    }

    /** The user's own port first, then the others in the engine's order. */
    static List<SmtpPortResult> yoursFirst(List<SmtpPortResult> ports) {
        return ports.stream().sorted(Comparator.comparing((SmtpPortResult p) -> !p.usersPort())).toList();
    }
}
