package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.HostName;

/**
 * Something between the mail program and the provider: an antivirus mail shield re-signing TLS, or a
 * proxy or firewall answering on one port with its own banner.
 */
final class InterceptionRules {
    private InterceptionRules() {
    }

    /**
     * One interceptor is one finding: ports whose certificates an interceptor re-signed are TLS_INTERCEPTED (see
     * {@link TlsInterceptionRules}), with their other greetings as evidence; the greeting rule then has nothing left
     * to say about them, and never calls the genuine port the odd one out because more ports are intercepted.
     */
    static void apply(CheckEvidence e, FindingSet f) {
        if (!TlsInterceptionRules.apply(e, f)) {
            differentBanner(e, f);
        }
    }

    /** One port greeting with another name than the others: something else answers there. */
    private static void differentBanner(CheckEvidence e, FindingSet f) {
        Map<String, List<SmtpPortResult>> byDomain = new HashMap<>();
        for (SmtpPortResult p : e.ports()) {
            if (p.answered()) {
                byDomain.computeIfAbsent(bannerDomain(p.greeting().text()), k -> new ArrayList<>()).add(p);
            }
        }
        if (byDomain.size() < 2) {
            return;
        }
        List<SmtpPortResult> odd = byDomain.values().stream().min((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        if (odd.size() * 2 >= e.ports().stream().filter(SmtpPortResult::answered).count()) {
            return; // no majority to tell the real server by
        }
        SmtpPortResult p = odd.get(0);
        SmtpPortResult usual = byDomain.values().stream().filter(l -> l != odd).findFirst().orElseThrow().get(0);
        Optional<String> product = InterceptionProducts.recognise(p.greeting().text()).map(InterceptionProducts.Product::product);
        f.add(FindingCode.CONNECTION_INTERCEPTED, Severity.PROBLEM, f.text("finding.connectionIntercepted.title", p.port()),
                product.isPresent()
                        ? f.text("finding.connectionIntercepted.detail.product", p.port(), e.settings().server(), product.get())
                        : f.text("finding.connectionIntercepted.detail", p.port(), e.settings().server()),
                List.of("port " + p.port() + ": " + p.greeting().show(), "port " + usual.port() + ": " + usual.greeting().show()),
                List.of(f.text("finding.connectionIntercepted.fix.otherPort"),
                        f.text("finding.connectionIntercepted.fix.turnOffScanning", p.port())));
        // another greeting is the evidence; who answers instead of the provider is the best explanation of it
        f.notProven(FindingCode.CONNECTION_INTERCEPTED, Certainty.LIKELY, f.text("finding.connectionIntercepted.settle", p.port()));
    }

    /**
     * The domain a greeting names ("220 node7.mail.example.com ESMTP" → "example.com"), so that providers
     * whose machines have different names still count as one server.
     */
    static String bannerDomain(String greetingText) {
        String first = greetingText.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!first.contains(".") || !HostName.isValid(first)) {
            return first;
        }
        String[] labels = first.split("\\.");
        return labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
