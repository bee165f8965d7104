package org.outboxdoctor.probe.tls;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.outboxdoctor.settings.HostName;

/** Which names a certificate is valid for, by the RFC 6125 rules the JDK also applies. */
public final class CertificateNames {
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    private CertificateNames() {
    }

    public static List<String> of(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> sans = certificate.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    int type = (Integer) san.get(0);
                    if (type == SAN_DNS || type == SAN_IP) {
                        names.add(String.valueOf(san.get(1)).toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // an unreadable extension names nothing; the common name below still may
        }
        if (names.isEmpty()) {
            commonName(certificate).ifPresent(names::add);
        }
        return names;
    }

    public static boolean matches(X509Certificate certificate, String host) {
        String wanted = HostName.normalize(host);
        for (String name : of(certificate)) {
            if (matches(name, wanted)) {
                return true;
            }
        }
        return false;
    }

    /** A wildcard stands for exactly one whole left-most label: *.example.com matches a.example.com only. */
    static boolean matches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && !HostName.isIpLiteral(host) && host.substring(dot + 1).equals(p.substring(2))
                    && p.substring(2).contains(".");
        }
        return p.equals(host);
    }

    static java.util.Optional<String> commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return java.util.Optional.of(String.valueOf(rdn.getValue()).toLowerCase(Locale.ROOT));
                }
            }
        } catch (InvalidNameException e) {
            // a subject that is not a valid name has no common name
        }
        return java.util.Optional.empty();
    }
}
