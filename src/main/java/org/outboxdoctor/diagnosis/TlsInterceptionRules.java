package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.tls.CertificateEvidence;

/**
 * A program between the mail program and the provider that re-signs the encrypted connection. Judged by evidence,
 * not by vote: a certificate from a known interception product; or one for the provider's name that this computer
 * does not trust, from another issuer than the trusted certificate another port (or the mailbox server) of the same
 * provider showed. However many ports are intercepted, the port with the trusted certificate is the genuine one.
 */
final class TlsInterceptionRules {
    private TlsInterceptionRules() {
    }

    /** Adds TLS_INTERCEPTED when an interception is shown; true when it was. */
    static boolean apply(CheckEvidence e, FindingSet f) {
        List<SmtpPortResult> intercepted = e.ports().stream().filter(p -> intercepted(p.certificate(), e)).toList();
        if (intercepted.isEmpty()) {
            return false;
        }
        CertificateEvidence first = intercepted.get(0).certificate();
        Optional<InterceptionProducts.Product> known = InterceptionProducts.recognise(first.issuer(), first.rootIssuer());
        String product = known.map(InterceptionProducts.Product::product).orElse(issuerName(first.issuer()));
        List<String> evidence = new ArrayList<>();
        for (SmtpPortResult p : intercepted) {
            CertificateEvidence c = p.certificate();
            evidence.add(f.lines().text("evidence.interceptedCertificate", p.port(), c.issuer(), c.rootIssuer()));
            if (p.answered()) {
                evidence.add(f.lines().text("evidence.portSaid", p.port(), p.greeting().show()));
            }
        }
        genuine(e).findFirst().ifPresent(c -> evidence.add(f.lines().text("evidence.genuineCertificate", c.issuer())));
        List<String> fix = new ArrayList<>();
        fix.add(known.map(InterceptionProducts.Product::setting).orElse(f.text("finding.tlsIntercepted.fix.unknownProduct", product)));
        fix.add(f.text("finding.tlsIntercepted.fix.runAgain"));
        Set<Integer> taken = intercepted.stream().map(SmtpPortResult::port).collect(Collectors.toSet());
        e.allPorts().stream().filter(p -> !taken.contains(p.port()) && p.canSend()).findFirst()
                .ifPresent(clean -> fix.add(f.text("finding.tlsIntercepted.fix.cleanPort", clean.port(), product)));
        f.add(FindingCode.TLS_INTERCEPTED, first.acceptable() ? Severity.WARNING : Severity.PROBLEM,
                f.text("finding.tlsIntercepted.title", product), f.text("finding.tlsIntercepted.detail", product), evidence, fix);
        List<String> genuineGreetings = genuineGreetings(e, taken).map(InterceptionRules::bannerDomain).toList();
        boolean otherGreeting = !genuineGreetings.isEmpty() && intercepted.stream().anyMatch(p -> p.answered()
                && !genuineGreetings.contains(InterceptionRules.bannerDomain(p.greeting().text())));
        if (known.isEmpty() && !otherGreeting) {
            // another issuer alone could also be the provider's own mistake on that server
            f.notProven(FindingCode.TLS_INTERCEPTED, Certainty.LIKELY, f.text("finding.tlsIntercepted.settle"));
        }
        return true;
    }

    /** The greetings of the ports nobody intercepted. */
    private static Stream<String> genuineGreetings(CheckEvidence e, Set<Integer> intercepted) {
        return e.ports().stream().filter(p -> p.answered() && !intercepted.contains(p.port())).map(p -> p.greeting().text());
    }

    /** True when an interceptor re-signed this certificate: its untrusted chain is that program's doing. */
    static boolean intercepted(CertificateEvidence c, CheckEvidence e) {
        if (c == null) {
            return false;
        }
        if (InterceptionProducts.recognise(c.issuer(), c.rootIssuer()).isPresent()) {
            return true;
        }
        // made out to the provider's name, yet untrusted and from an issuer other than the provider's own one
        return !c.trusted() && c.nameMatches() && !c.selfSigned()
                && genuine(e).anyMatch(g -> !g.issuer().equals(c.issuer()));
    }

    /** The trusted certificates the provider's servers showed, on any port or to the mailbox login. */
    private static Stream<CertificateEvidence> genuine(CheckEvidence e) {
        return Stream.concat(e.allPorts().stream().map(SmtpPortResult::certificate),
                        e.logins().stream().map(LoginResult::certificate))
                .filter(c -> c != null && c.trusted());
    }

    /** The product's name from its certificate's issuer: the organisation, else the common name. */
    static String issuerName(String issuerDn) {
        String organisation = attribute(issuerDn, "O");
        return !organisation.isEmpty() ? organisation : !attribute(issuerDn, "CN").isEmpty() ? attribute(issuerDn, "CN") : issuerDn;
    }

    private static String attribute(String dn, String name) {
        for (String part : dn.split(",(?=\\s*[A-Za-z]+=)")) {
            String trimmed = part.strip();
            if (trimmed.regionMatches(true, 0, name + "=", 0, name.length() + 1)) {
                return trimmed.substring(name.length() + 1).strip();
            }
        }
        return "";
    }
}
