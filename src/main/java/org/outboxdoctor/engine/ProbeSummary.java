package org.outboxdoctor.engine;

import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthAttempt;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** One line per probe for progress displays and reports: what it found, in few words. */
public final class ProbeSummary {
    private ProbeSummary() {
    }

    public static String id(SmtpPortResult r) {
        return "smtp-" + r.port();
    }

    public static String id(LoginResult r) {
        return "login-" + r.protocol().toLowerCase(java.util.Locale.ROOT) + "-" + r.port();
    }

    public static String status(SmtpPortResult r) {
        if (r.canSend()) {
            return "can-send";
        }
        if (r.failure() != null && !r.answered()) {
            return r.failure().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        return r.greeting() != null && r.greeting().code() == 220 ? "answered" : "refused-service";
    }

    public static String of(SmtpPortResult r) {
        StringBuilder s = new StringBuilder();
        if (r.greeting() == null) {
            return r.failure() == null ? "no greeting" : r.failure().describe();
        }
        s.append("greeting ").append(r.greeting().code());
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
            s.append("; login ").append(auth.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            if (auth.reply() != null && auth.outcome() != org.outboxdoctor.probe.smtp.AuthOutcome.ACCEPTED) {
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

    public static String of(LoginResult r) {
        return switch (r.outcome()) {
            case ACCEPTED -> r.protocol() + " login accepted";
            case REJECTED -> r.protocol() + " login refused: " + r.serverText();
            case SKIPPED -> r.protocol() + " login not tried" + (r.serverText().isEmpty() ? "" : ": " + r.serverText());
            default -> r.failure() == null ? r.outcome().name() : r.failure().describe();
        };
    }

    public static String of(HostResolution r) {
        if (r.lookups().isEmpty()) {
            return r.name() + " is an address";
        }
        return r.resolved() ? r.name() + " → " + r.addresses().stream().map(java.net.InetAddress::getHostAddress)
                .collect(java.util.stream.Collectors.joining(", "))
                : String.join("; ", r.lookups().stream().map(DnsLookup::describe).toList());
    }
}
