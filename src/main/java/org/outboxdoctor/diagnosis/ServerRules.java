package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.discovery.Candidate;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** The user's server is not the one that sends for their provider. */
final class ServerRules {
    private ServerRules() {
    }

    static void apply(CheckEvidence e, Optional<SmtpPortResult> best, FindingSet f) {
        String typed = e.settings().server();
        if (best.isEmpty() || best.get().host().equals(typed) || !e.server().resolved()) {
            return; // a name that does not exist is SERVER_NOT_FOUND, which already names the right server
        }
        SmtpPortResult b = best.get();
        List<String> evidence = new ArrayList<>();
        e.discovery().candidates().stream().filter(c -> c.host().equals(b.host())).findFirst()
                .map(Candidate::source).ifPresent(source -> evidence.add(f.lines().text("evidence.namedBy", b.host(), source)));
        evidence.add(f.lines().text("evidence.otherServerSends", typed, b.host(), b.port()));
        f.add(FindingCode.WRONG_SERVER, Severity.PROBLEM, f.text("finding.wrongServer.title"),
                f.text("finding.wrongServer.detail", typed, e.settings().address().domain(), b.host(),
                        e.discovery().profile().name()),
                evidence, List.of(f.text("finding.wrongServer.fix.changeServer", b.host()),
                        f.text("finding.wrongServer.fix.keepTheRest")));
    }
}
