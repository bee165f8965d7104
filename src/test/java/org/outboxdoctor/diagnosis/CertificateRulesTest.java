package org.outboxdoctor.diagnosis;

import static org.outboxdoctor.diagnosis.Diagnosed.assertNoFinding;
import static org.outboxdoctor.diagnosis.Diagnosed.assertSays;
import static org.outboxdoctor.diagnosis.Diagnosed.diagnose;
import static org.outboxdoctor.diagnosis.Diagnosed.finding;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;
import org.outboxdoctor.testing.SmtpPortBuilder;

/** The certificate of the user's port (or another port): made out to another name, or not trusted. */
class CertificateRulesTest {

    /** Port 587 with this certificate: the login was not tried, so nothing else is known. */
    private static SmtpPortBuilder showing(CertificateEvidence certificate) {
        return Probes.port(587).yours().greets().ehlo().ehloAfterTls("PLAIN").certificate(certificate)
                .authSkipped(AuthOutcome.SKIPPED_CERTIFICATE);
    }

    @Test
    void aGenuineCertificateForAnotherNameNamesTheServerToUse() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(showing(Probes.certificateForOtherNames(EvidenceFixture.SERVER, "*.stackmail.com", "stackmail.com")).build()));

        Finding f = finding(d, FindingCode.CERT_NAME_MISMATCH, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "The server at \"mail.example.test\" proves its identity with a certificate for *.stackmail.com, stackmail.com",
                "port 587: certificate for *.stackmail.com, stackmail.com, issued by CN=R11",
                "Change the outgoing server in your mail program to \"stackmail.com\"", "Keep the same user name and password.");
        assertNoFinding(d, FindingCode.CERT_UNTRUSTED);
    }

    @Test
    void theCertificateIsTiedToTheServerThatShowedItNotToATypedNameThatDoesNotExist() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(EvidenceFixture.settings("mial.example.test", 587, Security.STARTTLS, true))
                .server(Probes.nxdomain("mial.example.test"))
                .checkedHost(EvidenceFixture.SERVER)
                .port(showing(Probes.certificateForOtherNames(EvidenceFixture.SERVER, "*.stackmail.com")).build()));

        Finding f = finding(d, FindingCode.CERT_NAME_MISMATCH, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "The server at \"mail.example.test\" proves its identity with a certificate for *.stackmail.com");
    }

    @Test
    void aWildcardOnlyCertificateSuggestsTheSmtpNameUnderIt() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(showing(Probes.certificateForOtherNames(EvidenceFixture.SERVER, "*.stackmail.com")).build()));

        Finding f = finding(d, FindingCode.CERT_NAME_MISMATCH, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "Change the outgoing server in your mail program to \"smtp.stackmail.com\"");
    }

    @Test
    void aSelfMadeCertificateIsUntrusted() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(showing(Probes.selfSignedCertificate(EvidenceFixture.SERVER)).build()));

        Finding f = finding(d, FindingCode.CERT_UNTRUSTED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "the server made it for itself, so nobody vouches for it", "your password was not sent",
                "— not trusted: PKIX path building failed", "Do not accept the warning");
        assertNoFinding(d, FindingCode.CERT_NAME_MISMATCH);
    }

    @Test
    void anExpiredCertificateIsUntrustedBecauseItExpired() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(showing(Probes.expiredCertificate(EvidenceFixture.SERVER)).build()));

        Finding f = finding(d, FindingCode.CERT_UNTRUSTED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "it has expired (or is not valid yet).");
    }

    @Test
    void aCertificateFromAnUnknownAuthorityIsUntrusted() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(showing(Probes.untrustedCertificate(EvidenceFixture.SERVER, "CN=Example Corp Issuing CA",
                        "CN=Example Corp Root CA")).build()));

        Finding f = finding(d, FindingCode.CERT_UNTRUSTED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "it is not signed by an authority this computer knows.", "issued by CN=Example Corp Issuing CA");
        assertNoFinding(d, FindingCode.TLS_INTERCEPTED);
    }

    @Test
    void anotherPortsBadCertificateIsReportedWhenTheUsersPortHasNone() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(25, Security.NONE)
                .port(Probes.port(25).yours().security(Security.NONE).greets().ehlo().build())
                .port(Probes.port(465).greets().ehlo("PLAIN").certificate(Probes.selfSignedCertificate(EvidenceFixture.SERVER))
                        .authSkipped(AuthOutcome.SKIPPED_CERTIFICATE).build()));

        Finding f = finding(d, FindingCode.CERT_UNTRUSTED, Severity.PROBLEM, Certainty.PROVEN);
        assertSays(f, "port 465: certificate for mail.example.test");
    }

    @Test
    void aGenuineCertificateForTheServerIsNoFinding() {
        Diagnosis d = diagnose(EvidenceFixture.evidence(587, Security.STARTTLS)
                .port(Probes.port(587).yours().working().build()));

        assertNoFinding(d, FindingCode.CERT_NAME_MISMATCH);
        assertNoFinding(d, FindingCode.CERT_UNTRUSTED);
    }
}
