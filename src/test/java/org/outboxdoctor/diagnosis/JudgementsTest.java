package org.outboxdoctor.diagnosis;

import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/** One row per probe: its key, how it looks (severity) and its one sentence. */
class JudgementsTest {
    private static final String IP = "203.0.113.7";
    private static final DnsblZone ZEN = Probes.blocklist("zen.example.test", "Spamhaus ZEN");

    private static Judgement row(CheckEvidence.Builder evidence, String key) {
        Diagnosis d = diagnose(evidence);
        return d.judgement(key).orElseThrow(() -> new AssertionError("no row " + key + " among "
                + d.judgements().stream().map(Judgement::key).toList()));
    }

    private static void assertRow(Judgement row, Severity severity, String sentence) {
        assertEquals(severity, row.severity(), row.key() + ": " + row.sentence());
        assertEquals(sentence, row.sentence(), row.key());
    }

    // ---------------------------------------------------------------- server name

    @Test
    void aServerNameFoundIsOk() {
        Judgement row = row(EvidenceFixture.evidence(587, Security.STARTTLS), "dns");
        assertRow(row, Severity.OK, "The server name mail.example.test was found.");
        assertEquals(ProbeId.SERVER_NAME, row.probe());
        assertTrue(row.evidence().get(0).startsWith("A mail.example.test → 127.0.0.1"), row.evidence().toString());
    }

    @Test
    void aServerNameThatDoesNotExistIsAProblem() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).server(Probes.nxdomain(EvidenceFixture.SERVER)), "dns"),
                Severity.PROBLEM, "The server name mail.example.test does not exist.");
    }

    @Test
    void aServerNameWithoutAnswerCouldNotBeLookedUp() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).server(Probes.dnsTimeout(EvidenceFixture.SERVER)), "dns"),
                Severity.PROBLEM, "The server name mail.example.test could not be looked up.");
    }

    // ---------------------------------------------------------------- ports

    @Test
    void theUsersPortThatSendsIsOk() {
        Judgement row = row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().working().build()),
                "port-587");
        assertRow(row, Severity.OK, "Port 587 (your mail program's): answers, and sending works.");
        assertEquals(new ProbeId.SmtpPort(587), row.probe());
        assertEquals(Judgement.Aspect.CONNECTION, row.aspect());
    }

    @Test
    void anotherPortThatOnlyAnswersIsOk() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(25).greets().ehlo().build()), "port-25"),
                Severity.OK, "Port 25: answers.");
    }

    @Test
    void aFilteredPortIsAProblemOnlyWhenItIsTheUsers() {
        CheckEvidence.Builder e = EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().filtered().build()).port(Probes.port(25).filtered().build());
        assertRow(row(e, "port-587"), Severity.PROBLEM, "Port 587 (your mail program's): no answer. Something on the way blocks it.");
        assertRow(row(e, "port-25"), Severity.WARNING, "Port 25: no answer. Something on the way blocks it.");
    }

    @Test
    void aClosedPortOtherThanTheUsersIsOnlyInformation() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(2525).refused().build()), "port-2525"),
                Severity.INFO, "Port 2525: closed on the server.");
    }

    @Test
    void anUnreachablePortSaysThereIsNoWay() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().unreachable().build()),
                "port-587"), Severity.PROBLEM, "Port 587 (your mail program's): this network has no way to reach it.");
    }

    @Test
    void aRefusingGreetingIsAWarningThatPointsAtTheDetails() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS)
                        .port(Probes.port(587).yours().greets(554, "5.7.1 not accepting messages").build()), "port-587"),
                Severity.WARNING, "Port 587 (your mail program's): the server answered, but it will not take mail from this "
                        + "computer now. Details show its words.");
    }

    @Test
    void aPlainTextAnswerToTlsIsTheWrongSecurity() {
        assertRow(row(EvidenceFixture.evidence(587, Security.TLS)
                        .port(Probes.port(587).yours().security(Security.TLS).tlsGotPlaintext().build()), "port-587"),
                Severity.WARNING, "Port 587 (your mail program's): answers, but not with the security that was tried.");
    }

    @Test
    void aConnectionThatBrokeOffSaysSo() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS)
                        .port(Probes.port(587).yours().stops(FailureKind.CLOSED, "greeting", "").build()), "port-587"),
                Severity.WARNING, "Port 587 (your mail program's): the connection broke off.");
    }

    // ---------------------------------------------------------------- sending logins

    @Test
    void anAcceptedLoginForSendingIsOk() {
        Judgement row = row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().working().build()),
                "auth-587");
        assertRow(row, Severity.OK, "Sending on port 587 (your mail program's): your password was accepted.");
        assertEquals(Judgement.Aspect.SENDING_LOGIN, row.aspect());
    }

    @Test
    void aRefusedLoginForSendingIsAProblemQuotingTheServer() {
        Judgement row = row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(465).greets().ehlo("PLAIN")
                .authRefused(535, "5.7.8 Error: authentication failed").build()), "auth-465");
        assertRow(row, Severity.PROBLEM, "Sending on port 465: the password was refused.");
        assertEquals(List.of("port 465: AUTH PLAIN → 535 5.7.8 Error: authentication failed"), row.evidence());
    }

    @Test
    void aTemporaryLoginFailureIsAWarning() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().greets().ehlo()
                        .ehloAfterTls("PLAIN").authTemporary(454, "4.7.0 Temporary authentication failure").build()), "auth-587"),
                Severity.WARNING, "Sending on port 587 (your mail program's): the server could not check the password just now.");
    }

    @Test
    void aLoginNotOfferedIsARowOnlyOnTheUsersPort() {
        CheckEvidence.Builder e = EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().greets().ehlo().ehloAfterTls().authSkipped(AuthOutcome.NOT_OFFERED).build())
                .port(Probes.port(25).greets().ehlo().authSkipped(AuthOutcome.NOT_OFFERED).build());
        assertRow(row(e, "auth-587"), Severity.WARNING, "Sending on port 587 (your mail program's): this port does not offer a login.");
        assertTrue(diagnose(e).judgement("auth-25").isEmpty(), "no news on a port the user does not use");
    }

    @Test
    void aLoginHeldBackForAnUntrustedCertificateSaysWhy() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().greets().ehlo()
                        .ehloAfterTls("PLAIN").certificate(Probes.selfSignedCertificate(EvidenceFixture.SERVER))
                        .authSkipped(AuthOutcome.SKIPPED_CERTIFICATE).build()), "auth-587"),
                Severity.WARNING, "Sending on port 587 (your mail program's): not tried, because the certificate is not trusted.");
    }

    // ---------------------------------------------------------------- certificates

    @Test
    void aGenuineCertificateIsOkAndNamesItsHost() {
        Judgement row = row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().working().build()),
                "cert-587");
        assertRow(row, Severity.OK, "Port 587 (your mail program's): the certificate is genuine and made out to mail.example.test.");
        assertTrue(row.evidence().contains("trusted by this computer"), row.evidence().toString());
    }

    @Test
    void aCertificateForAnotherNameIsAWarningNamingIt() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(465).greets().ehlo("PLAIN")
                        .certificate(Probes.certificateForOtherNames(EvidenceFixture.SERVER, "*.stackmail.com")).build()), "cert-465"),
                Severity.WARNING, "Port 465: the certificate is made out to another name (*.stackmail.com).");
    }

    @Test
    void anUntrustedCertificateIsAProblem() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(465).greets().ehlo("PLAIN")
                        .certificate(Probes.selfSignedCertificate(EvidenceFixture.SERVER)).build()), "cert-465"),
                Severity.PROBLEM, "Port 465: the certificate is not trusted.");
    }

    // ---------------------------------------------------------------- sending after login, size

    @Test
    void sendingAfterLoginAcceptedIsOkAndNothingWasSent() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().working().build()),
                "relay-587"), Severity.OK, "Port 587 (your mail program's): after logging in, the server takes mail for sending. "
                + "Nothing was sent.");
    }

    @Test
    void sendingAfterLoginRefusedIsAProblemQuotingBothReplies() {
        Judgement row = row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().greets().ehlo()
                .ehloAfterTls("PLAIN").authAccepted().sendingRefused(550, "5.7.1 Relaying denied").build()), "relay-587");
        assertRow(row, Severity.PROBLEM, "Port 587 (your mail program's): after logging in, the server refused to send. "
                + "Details show its words.");
        assertEquals(List.of("port 587: MAIL FROM → 250 2.1.0 Ok", "port 587: RCPT TO → 550 5.7.1 Relaying denied"), row.evidence());
    }

    @Test
    void noLoginAnywhereMeansNoSendCouldBeTried() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).port(Probes.port(587).yours().filtered().build()), "relay"),
                Severity.INFO, "No send could be tried: the check could not log in for sending on any port.");
    }

    @Test
    void theSizeOfAPortThatSendsIsInformation() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS)
                        .port(Probes.port(587).yours().working().size(35_882_577).build()), "size"),
                Severity.INFO, "The server takes messages up to about 36 MB. Attachments grow by about a third when sent.");
    }

    // ---------------------------------------------------------------- mailbox logins

    @Test
    void mailboxLoginRowsSayWhatBecameOfThePassword() {
        CheckEvidence.Builder e = EvidenceFixture.evidence(587, Security.STARTTLS)
                .login(Probes.mailboxAccepted(MailboxProtocol.IMAP, 993))
                .login(Probes.mailboxRefused(MailboxProtocol.POP3, 995, "-ERR [AUTH] Authentication failed."))
                .login(Probes.mailboxUnreachable(MailboxProtocol.IMAP, 143))
                .login(Probes.mailboxCertificateRefused(MailboxProtocol.POP3, 110, Probes.selfSignedCertificate(EvidenceFixture.SERVER)));
        assertRow(row(e, "login-imap-993"), Severity.OK, "Reading mail (IMAP, port 993): your password was accepted.");
        assertRow(row(e, "login-pop3-995"), Severity.PROBLEM, "Reading mail (POP3, port 995): the password was refused.");
        assertRow(row(e, "login-imap-143"), Severity.INFO, "Reading mail (IMAP, port 143): could not connect.");
        assertRow(row(e, "login-pop3-110"), Severity.WARNING,
                "Reading mail (POP3, port 110): the certificate is not trusted, so the password was not sent.");
        assertRow(row(e, "cert-login-pop3-110"), Severity.PROBLEM, "Reading mail (POP3, port 110): the certificate is not trusted.");
        assertEquals(List.of("mail.example.test:995 — POP3 login refused: -ERR [AUTH] Authentication failed."),
                row(e, "login-pop3-995").evidence());
    }

    // ---------------------------------------------------------------- public address and blocklists

    @Test
    void thePublicAddressIsInformation() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).publicIp(Probes.publicAddress(IP)), "public-ip"),
                Severity.INFO, "Your internet address is 203.0.113.7.");
    }

    @Test
    void aPublicAddressNotFoundIsUnknown() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).publicIp(PublicIpResult.none()), "public-ip"),
                Severity.UNKNOWN, "Your internet address could not be found, so the blocklists could not be asked.");
    }

    @Test
    void noBlocklistAnsweringIsUnknown() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS).publicIp(Probes.publicAddress(IP)), "dnsbl"),
                Severity.UNKNOWN, "No blocklist answered in time.");
    }

    @Test
    void aListingIsAProblemWithTheRemovalPageWhenNothingSends() {
        Judgement row = row(EvidenceFixture.evidence(587, Security.STARTTLS).publicIp(Probes.publicAddress(IP))
                .blacklists(List.of(Probes.listed(ZEN, IP))), "dnsbl-zen_example_test-203_0_113_7");
        assertRow(row, Severity.PROBLEM, "Spamhaus ZEN: your address is listed. Servers that use this list may refuse your mail.");
        assertEquals("https://lookup.example.test/?ip=203.0.113.7", row.link());
        assertEquals(new ProbeId.BlocklistZone("zen.example.test", IP), row.probe());
    }

    @Test
    void aListingIsOnlyAWarningWhileLoginSends() {
        assertEquals(Severity.WARNING, row(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().build()).publicIp(Probes.publicAddress(IP))
                .blacklists(List.of(Probes.listed(ZEN, IP))), "dnsbl-zen_example_test-203_0_113_7").severity());
    }

    @Test
    void otherBlocklistAnswersHaveTheirOwnWords() {
        CheckEvidence.Builder e = EvidenceFixture.evidence(587, Security.STARTTLS).publicIp(Probes.publicAddress(IP))
                .blacklists(List.of(Probes.notListed(Probes.blocklist("a.example.test", "List A"), IP),
                        Probes.policyListed(Probes.blocklist("b.example.test", "List B"), IP),
                        Probes.unchecked(Probes.blocklist("c.example.test", "List C"), IP)));
        assertRow(row(e, "dnsbl-a_example_test-203_0_113_7"), Severity.OK, "List A: not listed.");
        assertRow(row(e, "dnsbl-b_example_test-203_0_113_7"), Severity.INFO,
                "List B: lists your address as a home connection. That is normal when your mail program logs in.");
        assertRow(row(e, "dnsbl-c_example_test-203_0_113_7"), Severity.UNKNOWN, "List C: could not be checked.");
    }

    // ---------------------------------------------------------------- test message

    @Test
    void aTestMessageThatArrivedIsOk() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS)
                        .port(Probes.port(587).yours().working().testMessage(true, 250, "2.0.0 Ok: queued").build())
                        .delivery(Probes.delivery(Delivery.Seen.ARRIVED, 2000)), "test-message"),
                Severity.OK, "The test message arrived in your inbox: you can send now.");
    }

    @Test
    void aTestMessageNotSeenIsAWarningSayingWhy() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS)
                        .port(Probes.port(587).yours().working().testMessage(true, 250, "2.0.0 Ok: queued").build()), "test-message"),
                Severity.WARNING, "The test message was sent, but the check could not see it in your inbox (the inbox could "
                        + "not be looked at). Look again in a few minutes, and in your spam folder.");
    }

    @Test
    void aRefusedTestMessageIsAProblemQuotingTheServer() {
        assertRow(row(EvidenceFixture.evidence(587, Security.STARTTLS)
                        .port(Probes.port(587).yours().working().testMessage(false, 554, "5.7.1 Message rejected as spam").build()),
                        "test-message"),
                Severity.PROBLEM, "The test message could not be sent: the server answered \"554 5.7.1 Message rejected as spam\".");
    }
}
