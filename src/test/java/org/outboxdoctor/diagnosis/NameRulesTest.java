package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/** The outgoing server's name: no answer from DNS at all, or an answer that says the name does not exist. */
class NameRulesTest {

    private static CheckEvidence.Builder typed(String server, HostResolution found, DnsLookup mx) {
        return EvidenceFixture.evidence(EvidenceFixture.settings(server, 587, Security.STARTTLS, true))
                .server(found).mx(mx).checkedHost("");
    }

    @Test
    void offlineIsProvenWhenNotEvenTheDnsServerCanBeReached() {
        Diagnosis d = diagnose(typed(EvidenceFixture.SERVER, Probes.dnsNoRoute(EvidenceFixture.SERVER),
                Probes.lookup(EvidenceFixture.DOMAIN, "MX", DnsOutcome.ERROR)));

        Finding f = finding(d, FindingCode.OFFLINE, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "This computer cannot reach the internet", "no working network connection",
                "no network route to the DNS server", "Check that this computer is connected");
        assertEquals(Verdict.INCOMPLETE, d.verdict());
        assertTrue(d.recommended().isEmpty());
    }

    @Test
    void offlineIsOnlyLikelyWhenDnsSimplyGaveNoAnswer() {
        Diagnosis d = diagnose(typed(EvidenceFixture.SERVER, Probes.dnsTimeout(EvidenceFixture.SERVER),
                Probes.lookup(EvidenceFixture.DOMAIN, "MX", DnsOutcome.TIMEOUT)));

        Finding f = finding(d, FindingCode.OFFLINE, Severity.PROBLEM, Certainty.LIKELY);
        assertSays(f, "Looking up names on the internet got no answer at all", "open a web page",
                "the server that looks up names is at fault");
        assertEquals(Verdict.INCOMPLETE, d.verdict());
        assertNoFinding(d, FindingCode.SERVER_NOT_FOUND);
    }

    @Test
    void aNameThatDoesNotExistIsNotFoundWithTheNameMeant() {
        Diagnosis d = diagnose(typed("mial.example.test", Probes.nxdomain("mial.example.test"),
                Probes.mx(EvidenceFixture.DOMAIN, "mx.example.test")));

        Finding f = finding(d, FindingCode.SERVER_NOT_FOUND, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "The name \"mial.example.test\" does not exist on the internet", "mial.example.test → does not exist (NXDOMAIN)",
                "Did you mean \"mail.example.test\"?", "Check the spelling of the outgoing server \"mial.example.test\"");
        assertNoFinding(d, FindingCode.OFFLINE);
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void aNameWithoutAddressIsNotFoundAndTheUsualServerIsSuggested() {
        HostResolution noAddress = new HostResolution("outgoing.example.test", java.util.List.of(), java.util.List.of(),
                java.util.List.of(Probes.lookup("outgoing.example.test", "A", DnsOutcome.NODATA)));
        Diagnosis d = diagnose(typed("outgoing.example.test", noAddress, Probes.mx(EvidenceFixture.DOMAIN, "mx.example.test")));

        Finding f = finding(d, FindingCode.SERVER_NOT_FOUND, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "The name \"outgoing.example.test\" has no internet address right now.",
                "For addresses at example.test the outgoing server is usually \"mail.example.test\".");
    }

    @Test
    void aResolverThatFailsIsADnsProblemNotAMissingName() {
        HostResolution failing = new HostResolution(EvidenceFixture.SERVER, java.util.List.of(), java.util.List.of(),
                java.util.List.of(Probes.lookup(EvidenceFixture.SERVER, "A", DnsOutcome.SERVFAIL),
                        Probes.lookup(EvidenceFixture.SERVER, "AAAA", DnsOutcome.REFUSED)));
        Diagnosis d = diagnose(typed(EvidenceFixture.SERVER, failing, Probes.lookup(EvidenceFixture.DOMAIN, "MX", DnsOutcome.SERVFAIL)));

        Finding f = finding(d, FindingCode.DNS_FAILED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "could not look up \"mail.example.test\"", "does not mean the name does not exist",
                "the resolver failed (SERVFAIL)", "try another network", "the DNS of \"mail.example.test\" is broken");
        assertNoFinding(d, FindingCode.SERVER_NOT_FOUND);
        assertNoFinding(d, FindingCode.OFFLINE);
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void anAliasLoopIsADnsProblemOfTheName() {
        HostResolution loop = new HostResolution(EvidenceFixture.SERVER, java.util.List.of(), java.util.List.of(),
                java.util.List.of(Probes.lookup(EvidenceFixture.SERVER, "A", DnsOutcome.CNAME_LOOP)));
        Diagnosis d = diagnose(typed(EvidenceFixture.SERVER, loop, Probes.mx(EvidenceFixture.DOMAIN, "mx.example.test")));

        Finding f = finding(d, FindingCode.DNS_FAILED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "a CNAME loop", "not in your settings");
        assertNoFinding(d, FindingCode.SERVER_NOT_FOUND);
    }
}
