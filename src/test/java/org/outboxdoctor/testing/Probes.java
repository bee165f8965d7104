package org.outboxdoctor.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.probe.dnsbl.Unreadable;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.publicip.IpObservation;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.Security;

/**
 * What each probe found, built by hand for rule tests: SMTP ports ({@link #port}), mailbox logins, certificates,
 * DNS answers, the public address and blocklist answers. Only values: nothing here opens a connection or asks DNS
 * (addresses are made from their bytes), so the documentation addresses used stay untouched.
 */
public final class Probes {
    public static final String RESOLVER = "127.0.0.1:53";
    private static final Instant NOW = Instant.now();

    private Probes() {
    }

    // ---------------------------------------------------------------- SMTP

    /** An SMTP port of the checked server, written step by step. */
    public static SmtpPortBuilder port(int port) {
        return new SmtpPortBuilder(port);
    }

    /** A reply as the server sent it; lines separated by "\n". */
    public static SmtpReply reply(int code, String text) {
        return new SmtpReply(code, Arrays.asList(text.split("\n")));
    }

    // ---------------------------------------------------------------- certificates

    /** A certificate from a public authority, made out to {@code host}. */
    public static CertificateEvidence trustedCertificate(String host) {
        return new CertificateEvidence("CN=" + host, "CN=R11, O=Let's Encrypt, C=US", List.of(host),
                NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(60)), false, 2,
                "CN=ISRG Root X1, O=Internet Security Research Group, C=US", "ab:cd", null, true, host);
    }

    /** A trusted certificate that does not name {@code checked}, only {@code names}. */
    public static CertificateEvidence certificateForOtherNames(String checked, String... names) {
        return new CertificateEvidence("CN=" + names[0], "CN=R11, O=Let's Encrypt, C=US", List.of(names),
                NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(60)), false, 2,
                "CN=ISRG Root X1, O=Internet Security Research Group, C=US", "ab:cd", null, false, checked);
    }

    /** A certificate for {@code host} whose chain ends at a root this computer does not trust. */
    public static CertificateEvidence untrustedCertificate(String host, String issuer, String root) {
        return new CertificateEvidence("CN=" + host, issuer, List.of(host), NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(60)), false, 2, root, "ef:01",
                "PKIX path building failed: unable to find valid certification path to requested target", true, host);
    }

    /** A certificate the server made for itself. */
    public static CertificateEvidence selfSignedCertificate(String host) {
        return new CertificateEvidence("CN=" + host, "CN=" + host, List.of(host), NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(60)), true, 1, "CN=" + host, "12:34",
                "PKIX path building failed: self-signed certificate", true, host);
    }

    /** A certificate from a public authority that ran out yesterday. */
    public static CertificateEvidence expiredCertificate(String host) {
        return new CertificateEvidence("CN=" + host, "CN=R11, O=Let's Encrypt, C=US", List.of(host),
                NOW.minus(Duration.ofDays(91)), NOW.minus(Duration.ofDays(1)), false, 2,
                "CN=ISRG Root X1, O=Internet Security Research Group, C=US", "56:78",
                "validity check failed: NotAfter: " + NOW.minus(Duration.ofDays(1)), true, host);
    }

    // ---------------------------------------------------------------- mailbox logins

    public static LoginResult mailboxAccepted(MailboxProtocol protocol, int port) {
        return login(protocol, port, LoginOutcome.ACCEPTED, "", null, null);
    }

    /** The mailbox server refused the password with these words. */
    public static LoginResult mailboxRefused(MailboxProtocol protocol, int port, String serverText) {
        return login(protocol, port, LoginOutcome.REJECTED, serverText, null, null);
    }

    /** No connection to the mailbox server (no answer to the connection attempt). */
    public static LoginResult mailboxUnreachable(MailboxProtocol protocol, int port) {
        return login(protocol, port, LoginOutcome.UNREACHABLE, "",
                new ProbeFailure(FailureKind.FILTERED, "connect", EvidenceFixture.SERVER, port, "connect timed out", 5000), null);
    }

    /** The mailbox server's certificate could not be verified, so the password stayed here. */
    public static LoginResult mailboxCertificateRefused(MailboxProtocol protocol, int port, CertificateEvidence shown) {
        return login(protocol, port, LoginOutcome.CERTIFICATE_REFUSED, "",
                new ProbeFailure(FailureKind.TLS_FAILED, "TLS handshake", EvidenceFixture.SERVER, port,
                        "certificate not trusted", 0), shown);
    }

    private static LoginResult login(MailboxProtocol protocol, int port, LoginOutcome outcome, String text,
                                     ProbeFailure failure, CertificateEvidence certificate) {
        return new LoginResult(protocol.name(), EvidenceFixture.SERVER, port,
                port == 143 || port == 110 ? Security.STARTTLS : Security.TLS, outcome, text, failure, certificate,
                List.of(), 30);
    }

    /** Whether the test message was seen in the inbox. */
    public static Delivery delivery(Delivery.Seen seen, long millis) {
        return new Delivery(seen, "", List.of(), millis);
    }

    // ---------------------------------------------------------------- DNS

    /** {@code name} has the A record {@code ip}. */
    public static HostResolution resolved(String name, String ip) {
        return new HostResolution(name, List.of(address(name, ip)), List.of(),
                List.of(lookup(name, "A", DnsOutcome.ANSWER, "NOERROR", List.of(ip), "")));
    }

    /** The resolver says {@code name} does not exist. */
    public static HostResolution nxdomain(String name) {
        return unresolved(name, lookup(name, "A", DnsOutcome.NXDOMAIN, "NXDOMAIN", List.of(), ""));
    }

    /** The resolver never answered. */
    public static HostResolution dnsTimeout(String name) {
        return unresolved(name, lookup(name, "A", DnsOutcome.TIMEOUT, "", List.of(), ""));
    }

    /** Not even the resolver can be reached: the network is down. */
    public static HostResolution dnsNoRoute(String name) {
        return unresolved(name, lookup(name, "A", DnsOutcome.ERROR, "", List.of(),
                DnsProbe.NO_ROUTE + RESOLVER + " (Network is unreachable)"));
    }

    private static HostResolution unresolved(String name, DnsLookup lookup) {
        return new HostResolution(name, List.of(), List.of(), List.of(lookup));
    }

    /** The MX lookup of {@code domain} answered with these hosts. */
    public static DnsLookup mx(String domain, String... hosts) {
        return lookup(domain, "MX", DnsOutcome.ANSWER, "NOERROR",
                Arrays.stream(hosts).map(h -> "10 " + h + ".").toList(), "");
    }

    /** A lookup that ended this way ({@link DnsOutcome#TIMEOUT}, {@link DnsOutcome#NXDOMAIN}…) without records. */
    public static DnsLookup lookup(String name, String type, DnsOutcome outcome) {
        return lookup(name, type, outcome, outcome == DnsOutcome.NXDOMAIN ? "NXDOMAIN" : "", List.of(), "");
    }

    private static DnsLookup lookup(String name, String type, DnsOutcome outcome, String rcode, List<String> records,
                                    String detail) {
        return new DnsLookup(name, type, outcome, rcode, records, RESOLVER, 4, detail);
    }

    private static InetAddress address(String name, String ip) {
        try {
            byte[] bytes = new byte[4];
            String[] parts = ip.split("\\.");
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
            return InetAddress.getByAddress(name, bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    // ---------------------------------------------------------------- public address and blocklists

    /** This computer's public address as one service saw it. */
    public static PublicIpResult publicAddress(String ip) {
        return new PublicIpResult(Optional.of(ip), Optional.empty(), List.of(IpObservation.service("OpenDNS", ip)), false);
    }

    /** Services that saw different addresses (carrier-grade NAT, a proxy): the first one counts. */
    public static PublicIpResult publicAddressSeenAs(String first, String second) {
        return new PublicIpResult(Optional.of(first), Optional.empty(),
                List.of(IpObservation.service("OpenDNS", first), IpObservation.service("Google", second)), false);
    }

    /** A blocklist with a lookup page, so its listings name where to ask for removal. */
    public static DnsblZone blocklist(String zone, String name) {
        return new DnsblZone(zone, name, "mail servers refuse mail from listed addresses",
                "https://lookup.example.test/?ip={ip}", Map.of(), List.of());
    }

    public static DnsblResult listed(DnsblZone zone, String ip) {
        return new DnsblResult(zone, ip, ListingStatus.LISTED, List.of("127.0.0.2"), null,
                "see the lookup page", 12);
    }

    public static DnsblResult notListed(DnsblZone zone, String ip) {
        return new DnsblResult(zone, ip, ListingStatus.NOT_LISTED, List.of(), null, "", 12);
    }

    /** Listed for what the address is (a home connection), not for abuse. */
    public static DnsblResult policyListed(DnsblZone zone, String ip) {
        return new DnsblResult(zone, ip, ListingStatus.POLICY_LISTED, List.of("127.0.0.10"), null, "", 12);
    }

    /** The list gave no usable answer. */
    public static DnsblResult unchecked(DnsblZone zone, String ip) {
        return new DnsblResult(zone, ip, ListingStatus.UNCHECKED, List.of("127.255.255.254"),
                new Unreadable(Unreadable.Why.PUBLIC_RESOLVER, "127.255.255.254", null), "", 12);
    }
}
