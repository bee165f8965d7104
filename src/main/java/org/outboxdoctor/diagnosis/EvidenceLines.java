package org.outboxdoctor.diagnosis;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthAttempt;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.probe.tls.CertificateEvidence;

/**
 * The one wording of evidence: the short technical lines under a finding, behind a judgement's "Details", and in
 * the reports' probe rows. They quote the server exactly and stay in English, like the transcripts they sum up.
 */
public final class EvidenceLines {
    private EvidenceLines() {
    }

    static String reply(SmtpPortResult port, String command, SmtpReply reply) {
        return "port " + port.port() + ": " + command + " → " + reply.show();
    }

    static String failure(SmtpPortResult port) {
        return "port " + port.port() + ": " + port.failure().describe();
    }

    static String login(LoginResult login) {
        return login(login, false);
    }

    /** @param token the login used an OAuth token, not a password */
    static String login(LoginResult login, boolean token) {
        String secret = token ? "token" : "password";
        String verdict = switch (login.outcome()) {
            case ACCEPTED -> secret + " accepted";
            case REJECTED -> secret + " refused: " + login.serverText();
            case OAUTH_NOT_OFFERED -> login.serverText();
            default -> login.failure() != null ? login.failure().describe() : login.outcome().name();
        };
        return login.protocol() + " login on port " + login.port() + ": " + verdict + " (" + where(login) + ")";
    }

    /** Which mailbox server, and how the check found it: "imap.example.com, found by DNS SRV". */
    public static String where(LoginResult login) {
        return login.host() + ", " + login.source().describe();
    }

    static String lookup(DnsLookup lookup) {
        return "DNS " + lookup.describe() + " (asked " + lookup.resolver() + ")";
    }

    static String certificate(SmtpPortResult port, CertificateEvidence c) {
        return "port " + port.port() + ": certificate for " + String.join(", ", c.names()) + ", issued by " + c.issuer()
                + (c.trusted() ? "" : " — not trusted: " + c.trustProblem());
    }

    /** Everything known about one certificate, one fact a line. */
    static List<String> certificateFacts(CertificateEvidence c) {
        return List.of("subject: " + c.subject(),
                "issued by: " + c.issuer() + (c.rootIssuer() == null ? "" : " (chain leads to " + c.rootIssuer() + ")"),
                "valid for: " + String.join(", ", c.names()),
                "valid from " + c.notBefore() + " until " + c.notAfter(),
                c.trusted() ? "trusted by this computer" : "not trusted: " + c.trustProblem(),
                "SHA-256: " + c.sha256());
    }

    static String listing(DnsblResult r) {
        return r.zone().zone() + ": " + r.ip() + " → " + r.meaning() + (r.reason().isEmpty() ? "" : " (" + r.reason() + ")");
    }

    /** A blocklist's answer with how long it took, why it is asked and where to look the address up. */
    static List<String> listingFacts(DnsblResult b) {
        List<String> lines = new ArrayList<>();
        lines.add(b.zone().zone() + ": " + b.ip() + " → " + b.meaning() + " (" + b.millis() + " ms)");
        if (!b.reason().isEmpty()) {
            lines.add("the list says: " + b.reason());
        }
        if (!b.zone().why().isEmpty()) {
            lines.add("why it is asked: " + b.zone().why());
        }
        if (!b.zone().lookup().isEmpty()) {
            lines.add("look up: " + b.zone().lookupFor(b.ip()));
        }
        return lines;
    }

    /** What an SMTP port said, in few words: greeting, login, security, certificate, the send attempt. */
    public static String summary(SmtpPortResult r) {
        if (r.greeting() == null) {
            return r.failure() == null ? "no greeting" : r.failure().describe();
        }
        StringBuilder s = new StringBuilder("greeting ").append(r.greeting().code());
        if (r.greeting().code() != 220) {
            return s.append(": ").append(r.greeting().text()).toString();
        }
        r.currentCapabilities().ifPresent(c -> s.append(c.offersAuth() ? "; AUTH " + String.join(" ", c.authMechanisms()) : "; no AUTH"));
        s.append("; ").append(r.achievedSecurity().word());
        if (r.certificate() != null) {
            s.append(r.certificate().acceptable() ? " (certificate OK)"
                    : r.certificate().trusted() ? " (certificate names another host)" : " (certificate not trusted)");
        }
        AuthAttempt auth = r.auth();
        if (auth != null) {
            s.append("; login ").append(auth.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (auth.reply() != null && auth.outcome() != AuthOutcome.ACCEPTED) {
                s.append(" (").append(auth.reply().show()).append(')');
            }
        }
        if (r.authenticatedRelay() != null) {
            s.append(r.authenticatedRelay().accepted() ? "; sending allowed" : "; sending refused: " + r.authenticatedRelay().decisive().show());
        } else if (r.unauthenticatedRelay() != null) {
            s.append("; without login: ").append(r.unauthenticatedRelay().decisive().show());
        }
        if (r.failure() != null) {
            s.append("; then ").append(r.failure().describe());
        }
        return s.toString();
    }

    /** What a mailbox login came to, in few words. */
    public static String summary(LoginResult r) {
        return switch (r.outcome()) {
            case ACCEPTED -> r.protocol() + " login accepted";
            case REJECTED -> r.protocol() + " login refused: " + r.serverText();
            case SKIPPED, OAUTH_NOT_OFFERED -> r.protocol() + " login not tried"
                    + (r.serverText().isEmpty() ? "" : ": " + r.serverText());
            default -> r.failure() == null ? r.outcome().name() : r.failure().describe();
        };
    }

    /** What DNS said about a host name: its addresses, or why there are none. */
    public static String summary(HostResolution r) {
        if (r.lookups().isEmpty()) {
            return r.name() + " is an address";
        }
        return r.resolved() ? r.name() + " → " + r.addresses().stream().map(InetAddress::getHostAddress)
                .collect(Collectors.joining(", "))
                : String.join("; ", r.lookups().stream().map(DnsLookup::describe).toList());
    }

    /** What a finished probe found, in few words, as its progress event tells it; empty for a probe that only started. */
    public static String summary(ProgressEvent event) {
        if (event instanceof ProgressEvent.ServerNameFound found) {
            return summary(found.server());
        } else if (event instanceof ProgressEvent.PortChecked checked) {
            return summary(checked.result());
        } else if (event instanceof ProgressEvent.MailboxChecked checked) {
            return summary(checked.result());
        } else if (event instanceof ProgressEvent.PublicAddressFound found) {
            return String.join(", ", found.result().addresses());
        } else if (event instanceof ProgressEvent.BlocklistsAsked asked) {
            return asked.results().stream().filter(r -> r.status() == ListingStatus.LISTED).count() + " listings";
        }
        return "";
    }

    /** The state of an SMTP port in one word, for scripts: can-send, answered, refused-service, or how it failed. */
    public static String status(SmtpPortResult r) {
        if (r.canSend()) {
            return "can-send";
        }
        if (r.failure() != null && !r.answered()) {
            return r.failure().kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return r.ready() ? "answered" : "refused-service";
    }
}
