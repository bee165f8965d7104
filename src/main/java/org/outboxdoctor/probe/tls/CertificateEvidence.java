package org.outboxdoctor.probe.tls;

import java.time.Instant;
import java.util.List;

/**
 * What a server's certificate says and what this computer thinks of it.
 *
 * @param names the DNS names and addresses the certificate is valid for
 * @param rootIssuer the issuer of the last certificate the server sent (the authority it leads to)
 * @param trustProblem null when trusted, else why not (expired, unknown authority…)
 * @param nameMatches whether the certificate covers the host name the client asked for
 */
public record CertificateEvidence(String subject, String issuer, List<String> names, Instant notBefore,
                                  Instant notAfter, boolean selfSigned, int chainLength, String rootIssuer,
                                  String sha256, String trustProblem, boolean nameMatches, String checkedName) {

    public CertificateEvidence {
        names = List.copyOf(names);
    }

    public boolean trusted() {
        return trustProblem == null;
    }

    public boolean acceptable() {
        return trusted() && nameMatches;
    }

    public boolean expired(Instant now) {
        return now.isAfter(notAfter) || now.isBefore(notBefore);
    }
}
