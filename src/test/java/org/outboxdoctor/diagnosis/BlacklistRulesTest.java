package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertNotSays;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/** Blocklist answers about this computer's public address. */
class BlacklistRulesTest {
    private static final String IP = "203.0.113.7";
    private static final DnsblZone ZEN = Probes.blocklist("zen.example.test", "Spamhaus ZEN");
    private static final DnsblZone PBL = Probes.blocklist("pbl.example.test", "Spamhaus PBL");
    private static final DnsblZone BARRACUDA = Probes.blocklist("b.barracuda.example.test", "Barracuda");

    @Test
    void aListingWhileNothingSendsIsAProblemWithWhereToAskForRemoval() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(EvidenceFixture.settingsWithoutLogin(25, Security.NONE))
                .port(Probes.port(25).yours().security(Security.NONE).greets().ehlo()
                        .relayWithoutLogin(554, "5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen").build())
                .publicIp(Probes.publicAddress(IP))
                .blacklists(List.of(Probes.listed(ZEN, IP))));

        Finding f = finding(d, FindingCode.IP_BLACKLISTED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Your public address 203.0.113.7 is listed by Spamhaus ZEN", "zen.example.test: 203.0.113.7 → listed",
                "public address seen by OpenDNS: 203.0.113.7", "run a full virus scan",
                "Ask Spamhaus ZEN to remove 203.0.113.7: https://lookup.example.test/?ip=203.0.113.7");
        assertNotSays(f, "port 587 or 465");
        assertEquals(Verdict.PROBLEM, d.verdict());
    }

    @Test
    void aListingWhileLoginOnSubmissionSendsIsOnlyAWarning() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().build())
                .publicIp(Probes.publicAddress(IP))
                .blacklists(List.of(Probes.listed(ZEN, IP), Probes.notListed(BARRACUDA, IP))));

        Finding f = finding(d, FindingCode.IP_BLACKLISTED, Severity.WARNING, Certainty.PROVEN);
        assertSays(f, "Until then, send through your provider on port 587 or 465 with login");
        assertNotSays(f, "Barracuda");
        assertEquals(Verdict.CAN_SEND, d.verdict());
    }

    @Test
    void aListedAddressSeenDifferentlyMayBeShared() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().build())
                .publicIp(Probes.publicAddressSeenAs(IP, "198.51.100.9"))
                .blacklists(List.of(Probes.listed(ZEN, IP))));

        Finding f = finding(d, FindingCode.IP_BLACKLISTED, Severity.WARNING, Certainty.PROVEN);
        assertSays(f, "may share its address with other customers");
    }

    @Test
    void aHomeConnectionListingIsOnlyInformationWhenTheProgramLogsIn() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().build())
                .publicIp(Probes.publicAddress(IP))
                .blacklists(List.of(Probes.policyListed(PBL, IP))));

        Finding f = finding(d, FindingCode.IP_POLICY_LISTED, Severity.INFO, Certainty.PROVEN);
        assertSays(f, "Lists such as Spamhaus PBL record home and mobile connections", "Nothing to do");
        assertNotSays(f, "turn the login on");
        assertNoFinding(d, FindingCode.IP_BLACKLISTED);
    }

    @Test
    void aHomeConnectionListingIsAWarningWhenTheProgramSendsWithoutLogin() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(EvidenceFixture.settingsWithoutLogin(587, Security.STARTTLS))
                .port(Probes.port(587).yours().working().build())
                .publicIp(Probes.publicAddress(IP))
                .blacklists(List.of(Probes.policyListed(PBL, IP))));

        Finding f = finding(d, FindingCode.IP_POLICY_LISTED, Severity.WARNING, Certainty.PROVEN);
        assertSays(f, "Your mail program sends without logging in, so turn the login on.");
    }

    @Test
    void aListThatGaveNoUsableAnswerIsUncheckedInformation() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().build())
                .publicIp(Probes.publicAddress(IP))
                .blacklists(List.of(Probes.unchecked(ZEN, IP), Probes.notListed(BARRACUDA, IP))));

        Finding f = finding(d, FindingCode.BLACKLIST_UNCHECKED, Severity.INFO, Certainty.PROVEN);
        assertSays(f, "These lists did not give a usable answer", "zen.example.test: 203.0.113.7 → could not check");
        assertNotSays(f, "b.barracuda.example.test");
        assertEquals(Verdict.CAN_SEND, d.verdict());
    }
}
