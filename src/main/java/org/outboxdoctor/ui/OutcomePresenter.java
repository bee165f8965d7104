package org.outboxdoctor.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.diagnosis.Severity;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.engine.CheckEvidence;
import org.outboxdoctor.engine.ProbeSummary;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.smtp.AuthAttempt;
import org.outboxdoctor.probe.smtp.RelayCheck;
import org.outboxdoctor.probe.smtp.SentMessage;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.report.CheckReport;
import org.outboxdoctor.report.HtmlReport;
import org.outboxdoctor.report.TextReport;
import org.outboxdoctor.ui.CheckOutcome.FindingView;
import org.outboxdoctor.ui.CheckOutcome.Row;
import org.outboxdoctor.ui.CheckOutcome.StepResult;
import org.outboxdoctor.ui.CheckOutcome.TestMessageView;

/**
 * Turns one run's evidence and diagnosis into what the pages show: per step a headline (its most serious
 * finding, taken from the diagnosis) and rows of plain facts (read from the typed probe results, never
 * re-diagnosed), the ranked findings, and both reports.
 *
 * <p>Runs on the background thread while the password is still known to the {@link Redactor}; every string
 * it returns goes through the redactor.
 */
final class OutcomePresenter {

    private final Messages messages;

    OutcomePresenter(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The outcome of a run that ended (normally, by the deadline, or cancelled).
     *
     * @param testMessageAsked the run was asked to send a test message to the user's own address
     */
    CheckOutcome present(CheckEvidence e, Diagnosis d, Redactor redactor, String problemText, boolean testMessageAsked) {
        UnaryOperator<String> r = redactor::redact;
        List<FindingView> findings = d.findings().stream().map(f -> view(f, r)).toList();

        Map<CheckStep, StepResult> steps = new EnumMap<>(CheckStep.class);
        for (CheckStep step : CheckStep.values()) {
            steps.put(step, step(step, e, d, r));
        }

        CheckReport report = new CheckReport(e, d, redactor);
        String note = problemText == null || problemText.isBlank() ? "" : problemText.strip();
        String text = TextReport.render(report, true);
        if (!note.isEmpty()) {
            text = r.apply(messages.format("report.userSaw", note)) + System.lineSeparator() + text;
        }
        String html = HtmlReport.render(report, true, note.isEmpty() ? "" : messages.format("report.userSaw", note));
        Optional<RecommendedSettings> recommended = d.recommended().map(s -> new RecommendedSettings(r.apply(s.server()),
                s.port(), s.security(), r.apply(s.username()), s.auth(), s.proven()));
        Optional<TestMessageView> testMessage = testMessageAsked ? Optional.of(testMessage(e, r)) : Optional.empty();
        return new CheckOutcome(d.verdict(), findings, recommended, steps, text, html, Optional.empty(), testMessage);
    }

    /** The outcome of a run the engine could not carry out at all. */
    CheckOutcome failed(String reason, Redactor redactor) {
        String why = redactor.redact(reason == null || reason.isBlank() ? messages.get("check.failedUnknown") : reason);
        Map<CheckStep, StepResult> steps = new EnumMap<>(CheckStep.class);
        for (CheckStep step : CheckStep.values()) {
            steps.put(step, new StepResult(step, StatusLook.WARNING, messages.get("step.failed"), why, List.of()));
        }
        String text = messages.format("check.failed", why) + System.lineSeparator();
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Outbox Doctor</title></head><body><p>"
                + escape(messages.format("check.failed", why)) + "</p></body></html>\n";
        return new CheckOutcome(Verdict.INCOMPLETE, List.of(), Optional.empty(), steps, text, html, Optional.of(why),
                Optional.empty());
    }

    private FindingView view(Finding f, UnaryOperator<String> r) {
        return new FindingView(f.code(), StatusLook.of(f.severity()), r.apply(f.title()), r.apply(f.detail()),
                f.fix().stream().map(r).toList(), f.evidence().stream().map(r).toList());
    }

    // ------------------------------------------------------------------ steps

    private StepResult step(CheckStep step, CheckEvidence e, Diagnosis d, UnaryOperator<String> r) {
        List<Row> rows = rows(step, e, r);
        List<Finding> mine = d.findings().stream().filter(f -> step.codes().contains(f.code())).toList();
        Optional<Finding> top = mine.stream().filter(f -> f.severity() != Severity.OK).findFirst()
                .or(() -> mine.stream().findFirst());
        if (top.isPresent()) {
            Finding f = top.get();
            // the step's other findings (not good news) are explained too, after the most serious one
            StringBuilder detail = new StringBuilder(f.detail());
            mine.stream().filter(other -> other != f && other.severity() != Severity.OK).forEach(other ->
                    detail.append(System.lineSeparator()).append(System.lineSeparator()).append(messages.format("steps.alsoFound", other.title(), other.detail())));
            return new StepResult(step, StatusLook.of(f.severity()), r.apply(f.title()), r.apply(detail.toString()), rows);
        }
        boolean good = rows.stream().anyMatch(row -> row.look() == StatusLook.OK)
                && rows.stream().noneMatch(row -> row.look() == StatusLook.PROBLEM);
        if (e.cancelled() && !good) {
            return new StepResult(step, StatusLook.INFO, messages.get("step.stopped"), "", rows);
        }
        if (step == CheckStep.BLACKLIST && !good) {
            // no address, or no list answered in time: nothing is known, and that counts neither way
            return new StepResult(step, StatusLook.UNKNOWN, e.publicIp().addresses().isEmpty()
                    ? messages.get("steps.blacklist.noAddress") : messages.get("steps.blacklist.unknown"),
                    messages.get("steps.blacklist.unknownDetail"), rows);
        }
        return new StepResult(step, good ? StatusLook.OK : StatusLook.INFO, good ? okHeadline(step) : unknownHeadline(step),
                "", rows);
    }

    private String okHeadline(CheckStep step) {
        return switch (step) {
            case PASSWORD -> messages.get("steps.password.ok");
            case SERVER -> messages.get("steps.server.ok");
            case PORT -> messages.get("steps.port.ok");
            case FIREWALL -> messages.get("steps.firewall.ok");
            case ACCOUNT_STATUS -> messages.get("steps.account.ok");
            case BLACKLIST -> messages.get("steps.blacklist.ok");
        };
    }

    private String unknownHeadline(CheckStep step) {
        return switch (step) {
            case PASSWORD -> messages.get("steps.password.unknown");
            case SERVER -> messages.get("steps.server.unknown");
            case PORT -> messages.get("steps.port.unknown");
            case FIREWALL -> messages.get("steps.firewall.unknown");
            case ACCOUNT_STATUS -> messages.get("steps.account.unknown");
            case BLACKLIST -> messages.get("steps.blacklist.unknown");
        };
    }

    private List<Row> rows(CheckStep step, CheckEvidence e, UnaryOperator<String> r) {
        return switch (step) {
            case PASSWORD -> passwordRows(e, r);
            case SERVER -> serverRows(e, r);
            case PORT -> portRows(e, r);
            case FIREWALL -> firewallRows(e, r);
            case ACCOUNT_STATUS -> accountRows(e, r);
            case BLACKLIST -> blacklistRows(e, r);
        };
    }

    /** The public address first (or that it could not be found), then one row per list and address. */
    private List<Row> blacklistRows(CheckEvidence e, UnaryOperator<String> r) {
        List<Row> rows = new ArrayList<>();
        PublicIpResult ip = e.publicIp();
        List<String> seen = ip.observations().stream()
                .map(o -> o.method() + ": " + (o.found() ? o.address() : "no answer")
                        + (o.detail() == null || o.detail().isBlank() ? "" : " (" + o.detail() + ")"))
                .toList();
        if (ip.addresses().isEmpty()) {
            rows.add(new Row("public-ip", StatusLook.UNKNOWN, messages.get("row.publicIp.missing"), redact(seen, r), List.of()));
            return rows;
        }
        String addresses = String.join(messages.get("row.publicIp.and"), ip.addresses());
        rows.add(new Row("public-ip", StatusLook.INFO, r.apply(messages.format("row.publicIp.found", addresses)),
                redact(seen, r), List.of()));
        if (e.blacklists().isEmpty()) {
            rows.add(new Row("dnsbl", StatusLook.UNKNOWN, messages.get("row.dnsbl.none"), List.of(), List.of()));
        }
        boolean severalAddresses = e.blacklists().stream().map(DnsblResult::ip).distinct().count() > 1;
        boolean sendingWorks = e.allPorts().stream().anyMatch(SmtpPortResult::canSend);
        for (DnsblResult b : e.blacklists()) {
            String list = severalAddresses ? messages.format("row.place.listFor", b.zone().name(), b.ip()) : b.zone().name();
            Said said = switch (b.status()) {
                case NOT_LISTED -> new Said(StatusLook.OK, messages.format("row.dnsbl.notListed", list));
                // as the diagnosis weighs it: a warning while sending with login works, else a problem
                case LISTED -> new Said(sendingWorks ? StatusLook.WARNING : StatusLook.PROBLEM,
                        messages.format("row.dnsbl.listed", list));
                case POLICY_LISTED -> new Said(StatusLook.INFO, messages.format("row.dnsbl.policy", list));
                default -> new Said(StatusLook.UNKNOWN, messages.format("row.dnsbl.unchecked", list));
            };
            String link = b.status() == ListingStatus.LISTED && !b.zone().lookup().isEmpty() ? b.zone().lookupFor(b.ip()) : "";
            List<String> evidence = new ArrayList<>();
            evidence.add(b.zone().zone() + ": " + b.ip() + " → " + b.meaning() + " (" + b.millis() + " ms)");
            if (!b.reason().isEmpty()) {
                evidence.add("the list says: " + b.reason());
            }
            if (!b.zone().why().isEmpty()) {
                evidence.add("why it is asked: " + b.zone().why());
            }
            if (!b.zone().lookup().isEmpty()) {
                evidence.add("look up: " + b.zone().lookupFor(b.ip()));
            }
            // a key fit for a node id: "dnsbl-bl_spamcop_net-127_0_0_2"
            String key = "dnsbl-" + (b.zone().zone() + "-" + b.ip()).replaceAll("[^A-Za-z0-9-]", "_");
            rows.add(new Row(key, said.look(), r.apply(said.sentence()), redact(evidence, r), List.of(), link));
        }
        return rows;
    }

    /** What became of the test message: arrived, sent but not seen in the inbox, or not sent. */
    private TestMessageView testMessage(CheckEvidence e, UnaryOperator<String> r) {
        List<SentMessage> sent = e.allPorts().stream().map(SmtpPortResult::testMessage).filter(Objects::nonNull).toList();
        Optional<SentMessage> accepted = sent.stream().filter(SentMessage::accepted).findFirst();
        if (accepted.isPresent()) {
            if (e.delivery() != null && e.delivery().arrived()) {
                return new TestMessageView(StatusLook.OK, messages.get("results.testMessage.arrived"));
            }
            String why = e.delivery() == null ? messages.get("results.testMessage.notLooked") : e.delivery().note();
            return new TestMessageView(StatusLook.WARNING, r.apply(messages.format("results.testMessage.notArrived", why)));
        }
        if (!sent.isEmpty()) {
            return new TestMessageView(StatusLook.PROBLEM,
                    r.apply(messages.format("results.testMessage.refused",
                            sent.get(0).reply() == null ? "?" : sent.get(0).reply().show())));
        }
        return new TestMessageView(StatusLook.PROBLEM, messages.get("results.testMessage.notSent"));
    }

    private List<Row> serverRows(CheckEvidence e, UnaryOperator<String> r) {
        String name = e.server().name();
        List<String> evidence = new ArrayList<>();
        e.server().lookups().forEach(l -> evidence.add(l.describe() + " (" + l.resolver() + ", " + l.millis() + " ms)"));
        if (!e.server().aliases().isEmpty()) {
            evidence.add("aliases: " + String.join(", ", e.server().aliases()));
        }
        DnsLookup mx = e.mx();
        if (mx != null) {
            evidence.add(mx.describe());
        }
        Said said;
        if (e.server().resolved()) {
            said = new Said(StatusLook.OK, messages.format("row.dns.found", name));
        } else if (e.server().nonexistent()) {
            said = new Said(StatusLook.PROBLEM, messages.format("row.dns.missing", name));
        } else if (e.server().lookups().isEmpty()) {
            said = new Said(StatusLook.INFO, messages.format("row.dns.notChecked", name));
        } else {
            said = new Said(StatusLook.PROBLEM, messages.format("row.dns.failed", name));
        }
        return List.of(said.row("dns", evidence, List.of(), r));
    }

    private List<Row> portRows(CheckEvidence e, UnaryOperator<String> r) {
        List<Row> rows = new ArrayList<>();
        for (SmtpPortResult p : yoursFirst(e.ports())) {
            String where = portName(p);
            Said said = portSaid(p, where);
            List<String> evidence = new ArrayList<>();
            evidence.add(p.host() + ":" + p.port() + " — " + ProbeSummary.of(p));
            if (p.failure() != null && p.answered()) {
                evidence.add(p.failure().describe());
            }
            rows.add(said.row("port-" + p.port(), evidence, p.transcript(), r));
        }
        return rows;
    }

    private Said portSaid(SmtpPortResult p, String where) {
        if (p.canSend()) {
            return new Said(StatusLook.OK, messages.format("row.port.canSend", where));
        } else if (p.answered() && p.greeting().code() == 220) {
            return new Said(StatusLook.OK, messages.format("row.port.answers", where));
        } else if (p.answered()) {
            return new Said(StatusLook.WARNING, messages.format("row.port.error", where, p.greeting().show()));
        } else if (p.failure() == null) {
            return new Said(StatusLook.INFO, messages.format("row.port.notChecked", where));
        }
        // a port the user does not use is only worth a warning: another one may serve
        StatusLook unusable = p.usersPort() ? StatusLook.PROBLEM : StatusLook.WARNING;
        return switch (p.failure().kind()) {
            case FILTERED -> new Said(unusable, messages.format("row.port.filtered", where));
            case REFUSED -> new Said(p.usersPort() ? StatusLook.PROBLEM : StatusLook.INFO,
                    messages.format("row.port.refused", where));
            case UNREACHABLE -> new Said(unusable, messages.format("row.port.unreachable", where));
            case TLS_GOT_PLAINTEXT -> new Said(StatusLook.WARNING, messages.format("row.port.wrongSecurity", where));
            case BUDGET_SPENT -> new Said(StatusLook.INFO, messages.format("row.port.notChecked", where));
            case CANCELLED -> new Said(StatusLook.INFO, messages.format("row.port.stopped", where));
            default -> new Said(StatusLook.WARNING, messages.format("row.port.failed", where));
        };
    }

    private List<Row> passwordRows(CheckEvidence e, UnaryOperator<String> r) {
        List<Row> rows = new ArrayList<>();
        for (LoginResult l : e.logins()) {
            String where = messages.format("row.place.mailbox", l.protocol(), String.valueOf(l.port()));
            Said said = switch (l.outcome()) {
                case ACCEPTED -> new Said(StatusLook.OK, messages.format("row.login.accepted", where));
                case REJECTED -> new Said(StatusLook.PROBLEM, messages.format("row.login.rejected", where));
                case UNREACHABLE -> new Said(StatusLook.INFO, messages.format("row.login.unreachable", where));
                case CERTIFICATE_REFUSED -> new Said(StatusLook.WARNING, messages.format("row.login.certificate", where));
                case FAILED -> new Said(StatusLook.WARNING, messages.format("row.login.failed", where));
                default -> new Said(StatusLook.INFO, messages.format("row.login.skipped", where));
            };
            rows.add(said.row(ProbeSummary.id(l), List.of(l.host() + ":" + l.port() + " — " + ProbeSummary.of(l)),
                    l.transcript(), r));
        }
        for (SmtpPortResult p : yoursFirst(e.ports())) {
            AuthAttempt auth = p.auth();
            if (auth == null) {
                continue;
            }
            String where = p.usersPort() ? messages.format("row.place.sendYourPort", String.valueOf(p.port()))
                    : messages.format("row.place.sendPort", String.valueOf(p.port()));
            Said said = switch (auth.outcome()) {
                case ACCEPTED -> new Said(StatusLook.OK, messages.format("row.auth.accepted", where));
                case REJECTED -> new Said(StatusLook.PROBLEM, messages.format("row.auth.rejected", where));
                case TEMPORARY_FAILURE -> new Said(StatusLook.WARNING, messages.format("row.auth.temporary", where));
                case INTERRUPTED -> new Said(StatusLook.WARNING, messages.format("row.auth.failed", where));
                // on another port, that it did not log in is no news
                case NOT_OFFERED, UNSUPPORTED_MECHANISM -> p.usersPort()
                        ? new Said(StatusLook.WARNING, messages.format("row.auth.notOffered", where)) : null;
                case SKIPPED_UNENCRYPTED -> p.usersPort()
                        ? new Said(StatusLook.INFO, messages.format("row.auth.unencrypted", where)) : null;
                case SKIPPED_CERTIFICATE -> new Said(StatusLook.WARNING, messages.format("row.auth.certificate", where));
                default -> null;
            };
            if (said == null) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            if (auth.reply() != null) {
                evidence.add("port " + p.port() + ": AUTH " + auth.mechanism() + " → " + auth.reply().show());
            }
            if (auth.note() != null && !auth.note().isBlank()) {
                evidence.add(auth.note());
            }
            rows.add(said.row("auth-" + p.port(), evidence, p.transcript(), r));
        }
        return rows;
    }

    private List<Row> firewallRows(CheckEvidence e, UnaryOperator<String> r) {
        List<Row> rows = new ArrayList<>();
        for (SmtpPortResult p : yoursFirst(e.ports())) {
            if (p.certificate() != null) {
                rows.add(certificateRow("cert-" + p.port(), portName(p), p.certificate(), r));
            }
        }
        for (LoginResult l : e.logins()) {
            if (l.certificate() != null) {
                rows.add(certificateRow("cert-" + ProbeSummary.id(l),
                        messages.format("row.place.mailbox", l.protocol(), String.valueOf(l.port())), l.certificate(), r));
            }
        }
        return rows;
    }

    private Row certificateRow(String key, String where, CertificateEvidence c, UnaryOperator<String> r) {
        String names = c.names().size() <= 3 ? String.join(", ", c.names())
                : String.join(", ", c.names().subList(0, 3)) + ", …";
        Said said;
        if (c.acceptable()) {
            said = new Said(StatusLook.OK, messages.format("row.certificate.ok", where, c.checkedName()));
        } else if (c.trusted()) {
            said = new Said(StatusLook.WARNING, messages.format("row.certificate.otherName", where, names));
        } else {
            said = new Said(StatusLook.PROBLEM, messages.format("row.certificate.untrusted", where));
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("subject: " + c.subject());
        evidence.add("issued by: " + c.issuer() + (c.rootIssuer() == null ? "" : " (chain leads to " + c.rootIssuer() + ")"));
        evidence.add("valid for: " + String.join(", ", c.names()));
        evidence.add("valid from " + c.notBefore() + " until " + c.notAfter());
        evidence.add(c.trusted() ? "trusted by this computer" : "not trusted: " + c.trustProblem());
        evidence.add("SHA-256: " + c.sha256());
        return said.row(key, evidence, List.of(), r);
    }

    private List<Row> accountRows(CheckEvidence e, UnaryOperator<String> r) {
        List<Row> rows = new ArrayList<>();
        for (SmtpPortResult p : yoursFirst(e.ports())) {
            RelayCheck relay = p.authenticatedRelay();
            if (relay == null) {
                continue;
            }
            String where = portName(p);
            List<String> evidence = new ArrayList<>();
            evidence.add("port " + p.port() + ": MAIL FROM → " + relay.mailReply().show());
            if (relay.rcptReply() != null) {
                evidence.add("port " + p.port() + ": RCPT TO → " + relay.rcptReply().show());
            }
            boolean accepted = relay.accepted();
            String sentence = accepted ? messages.format("row.relay.accepted", where)
                    : messages.format("row.relay.refused", where, relay.decisive().show());
            rows.add(new Row("relay-" + p.port(), accepted ? StatusLook.OK : StatusLook.PROBLEM, r.apply(sentence),
                    redact(evidence, r), redact(p.transcript(), r)));
        }
        if (rows.isEmpty() && !e.ports().isEmpty()) {
            rows.add(new Row("relay", StatusLook.INFO, messages.get("row.relay.none"), List.of(), List.of()));
        }
        e.ports().stream().filter(SmtpPortResult::canSend)
                .flatMap(p -> p.currentCapabilities().stream().map(c -> Map.entry(p, c)))
                .filter(pc -> pc.getValue().size().isPresent() && pc.getValue().size().getAsLong() > 0)
                .findFirst()
                .ifPresent(pc -> {
                    long bytes = pc.getValue().size().getAsLong();
                    String megabytes = String.format(java.util.Locale.ROOT, "%.0f", bytes / 1_000_000.0);
                    rows.add(new Row("size", StatusLook.INFO, r.apply(messages.format("row.size", megabytes)),
                            List.of("port " + pc.getKey().port() + ": SIZE " + bytes), List.of()));
                });
        return rows;
    }

    private String portName(SmtpPortResult p) {
        return p.usersPort() ? messages.format("row.place.yourPort", String.valueOf(p.port()))
                : messages.format("row.place.port", String.valueOf(p.port()));
    }

    /** The user's own port first, then the others in the engine's order. */
    private static List<SmtpPortResult> yoursFirst(List<SmtpPortResult> ports) {
        return ports.stream().sorted(Comparator.comparing((SmtpPortResult p) -> !p.usersPort())).toList();
    }

    /** How a row looks and its one sentence; {@link #row} redacts what the row shows. */
    private record Said(StatusLook look, String sentence) {
        Row row(String key, List<String> evidence, List<String> transcript, UnaryOperator<String> r) {
            return new Row(key, look, r.apply(sentence), redact(evidence, r), redact(transcript, r));
        }
    }

    private static List<String> redact(List<String> lines, UnaryOperator<String> r) {
        return lines.stream().map(r).toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
