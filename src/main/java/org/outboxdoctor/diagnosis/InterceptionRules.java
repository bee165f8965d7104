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
     * One interceptor is one finding: a port whose certificate names a known product and whose greeting differs is
     * TLS_INTERCEPTED with both facts, not a second CONNECTION_INTERCEPTED (nor a CERT_UNTRUSTED: see
     * {@link #intercepts}).
     */
    static void apply(CheckEvidence e, FindingSet f) {
        Optional<SmtpPortResult> intercepted = tlsInterception(e, f);
        differentBanner(e, f, intercepted.map(SmtpPortResult::port).orElse(-1));
    }

    /** True when this certificate is a known interception product's: its untrusted chain is that product's doing. */
    static boolean intercepts(CertificateEvidence c) {
        return c != null && InterceptionProducts.recognise(c.issuer(), c.rootIssuer()).isPresent();
    }

    private static Optional<SmtpPortResult> tlsInterception(CheckEvidence e, FindingSet f) {
        for (SmtpPortResult p : e.ports()) {
            CertificateEvidence c = p.certificate();
            if (c == null) {
                continue;
            }
            Optional<InterceptionProducts.Product> product = InterceptionProducts.recognise(c.issuer(), c.rootIssuer());
            if (product.isEmpty()) {
                continue;
            }
            InterceptionProducts.Product av = product.get();
            List<String> evidence = new ArrayList<>();
            evidence.add("port " + p.port() + ": certificate issued by " + c.issuer() + " (chain ends at " + c.rootIssuer() + ")");
            if (p.answered()) {
                evidence.add("port " + p.port() + ": " + p.greeting().show());
            }
            List<String> fix = new ArrayList<>(List.of(av.setting(), f.text("finding.tlsIntercepted.fix.runAgain")));
            cleanPort(e, p.port()).ifPresent(clean -> fix.add(f.text("finding.tlsIntercepted.fix.cleanPort", clean.port(),
                    av.product())));
            f.add(FindingCode.TLS_INTERCEPTED, c.acceptable() ? Severity.WARNING : Severity.PROBLEM,
                    f.text("finding.tlsIntercepted.title", av.product()),
                    f.text("finding.tlsIntercepted.detail", av.product()), evidence, fix);
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** A port other than the intercepted one that could send, with a certificate nobody took over. */
    private static Optional<SmtpPortResult> cleanPort(CheckEvidence e, int intercepted) {
        return e.allPorts().stream().filter(p -> p.port() != intercepted && p.canSend() && !intercepts(p.certificate()))
                .findFirst();
    }

    /** One port greeting with another name than the others: something else answers there. */
    private static void differentBanner(CheckEvidence e, FindingSet f, int alreadyExplained) {
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
        if (p.port() == alreadyExplained) {
            return;
        }
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
