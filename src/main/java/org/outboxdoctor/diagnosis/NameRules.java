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
import org.outboxdoctor.probe.dns.DnsProbe;
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

/** The outgoing server's name: no answer from DNS at all (offline), or an answer that says it does not exist. */
final class NameRules {
    private NameRules() {
    }

    static void unresolved(CheckEvidence e, FindingSet f) {
        String server = e.settings().server();
        List<String> evidence = new ArrayList<>(e.server().lookups().stream().map(f.lines()::lookup).toList());
        if (e.mx() != null) {
            evidence.add(f.lines().lookup(e.mx()));
        }
        boolean noAnswer = e.server().lookups().stream().allMatch(l -> unanswered(l.outcome()))
                && (e.mx() == null || unanswered(e.mx().outcome()));
        if (noAnswer) {
            boolean noNetwork = e.server().lookups().stream().anyMatch(l -> l.detail().startsWith(DnsProbe.NO_ROUTE));
            boolean garbled = e.server().lookups().stream().anyMatch(l -> l.outcome() == DnsOutcome.ERROR
                    && !l.detail().startsWith(DnsProbe.NOTHING_ANSWERS) && !l.detail().startsWith(DnsProbe.NO_ROUTE));
            f.add(FindingCode.OFFLINE, Severity.PROBLEM, f.text("finding.offline.title"),
                    noNetwork ? f.text("finding.offline.detail.noNetwork")
                            : garbled ? f.text("finding.offline.detail.unreadableDns") : f.text("finding.offline.detail.noDnsAnswer"),
                    evidence, List.of(f.text("finding.offline.fix.checkConnected"), f.text("finding.offline.fix.signInToNetwork"),
                            f.text("finding.offline.fix.runAgain")));
            if (!noNetwork) {
                // no DNS answer is also what a broken DNS server looks like on a working connection
                f.notProven(FindingCode.OFFLINE, Certainty.LIKELY, f.text("finding.offline.settle"));
            }
            return;
        }
        if (e.server().lookups().stream().noneMatch(l -> l.outcome().definitive())) {
            // an answer that is a failure (SERVFAIL, REFUSED, an alias loop) says nothing about the name's existence
            boolean loop = e.server().lookups().stream().anyMatch(l -> l.outcome() == DnsOutcome.CNAME_LOOP);
            f.add(FindingCode.DNS_FAILED, Severity.PROBLEM, f.text("finding.dnsFailed.title"),
                    loop ? f.text("finding.dnsFailed.detail.loop", server) : f.text("finding.dnsFailed.detail.failed", server),
                    evidence,
                    List.of(f.text("finding.dnsFailed.fix.tryAgain"), f.text("finding.dnsFailed.fix.otherNetwork"),
                            f.text("finding.dnsFailed.fix.tellProvider", server)));
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
    static boolean unanswered(DnsOutcome outcome) {
        return outcome == DnsOutcome.TIMEOUT || outcome == DnsOutcome.ERROR;
    }
}
