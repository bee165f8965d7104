package org.outboxdoctor.diagnosis;

import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthAttempt;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** What a probe found, in few words and the reader's language: the one line of a probe row. */
public final class ProbeSummaries {
    private final EvidenceLines lines;

    public ProbeSummaries(EvidenceLines lines) {
        this.lines = lines;
    }

    /** What an SMTP port said: greeting, login, security, certificate, the send attempt, joined by "; ". */
    public String port(SmtpPortResult r) {
        if (r.greeting() == null) {
            return r.failure() == null ? lines.text("summary.noGreeting") : lines.failure(r.failure());
        }
        if (r.greeting().code() != 220) {
            return lines.text("summary.greetingText", r.greeting().code(), r.greeting().text());
        }
        StringBuilder s = new StringBuilder(lines.text("summary.greeting", r.greeting().code()));
        r.currentCapabilities().ifPresent(c -> s.append("; ").append(c.offersAuth()
                ? "AUTH " + String.join(" ", c.authMechanisms()) : lines.text("summary.noAuth")));
        s.append("; ").append(switch (r.achievedSecurity()) {
            case NONE -> lines.text("summary.security.none");
            case STARTTLS -> lines.text("summary.security.starttls");
            case TLS -> lines.text("summary.security.tls");
        });
        if (r.certificate() != null) {
            s.append(' ').append(r.certificate().acceptable() ? lines.text("summary.certificateOk")
                    : r.certificate().trusted() ? lines.text("summary.certificateOtherHost")
                    : lines.text("summary.certificateUntrusted"));
        }
        AuthAttempt auth = r.auth();
        if (auth != null) {
            s.append("; ").append(login(auth.outcome()));
            if (auth.reply() != null && auth.outcome() != AuthOutcome.ACCEPTED) {
                s.append(" (").append(auth.reply().show()).append(')');
            }
        }
        if (r.authenticatedRelay() != null) {
            s.append("; ").append(r.authenticatedRelay().accepted() ? lines.text("summary.sendingAllowed")
                    : lines.text("summary.sendingRefused", r.authenticatedRelay().decisive().show()));
        } else if (r.unauthenticatedRelay() != null) {
            s.append("; ").append(lines.text("summary.withoutLogin", r.unauthenticatedRelay().decisive().show()));
        }
        if (r.failure() != null) {
            s.append("; ").append(lines.text("summary.then", lines.failure(r.failure())));
        }
        return s.toString();
    }

    private String login(AuthOutcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> lines.text("summary.login.accepted");
            case REJECTED -> lines.text("summary.login.rejected");
            case TEMPORARY_FAILURE -> lines.text("summary.login.temporaryFailure");
            case NOT_OFFERED -> lines.text("summary.login.notOffered");
            case UNSUPPORTED_MECHANISM -> lines.text("summary.login.unsupportedMechanism");
            case OAUTH_NOT_OFFERED -> lines.text("summary.login.oauthNotOffered");
            case SKIPPED_UNENCRYPTED -> lines.text("summary.login.skippedUnencrypted");
            case SKIPPED_CERTIFICATE -> lines.text("summary.login.skippedCertificate");
            case SKIPPED_ALREADY_CHECKED -> lines.text("summary.login.skippedAlreadyChecked");
            case SKIPPED_NO_PASSWORD -> lines.text("summary.login.skippedNoPassword");
            case PROTOCOL_ERROR -> lines.text("summary.login.protocolError");
            case INTERRUPTED -> lines.text("summary.login.interrupted");
        };
    }

    /** What a mailbox login came to. */
    public String mailbox(LoginResult r) {
        return switch (r.outcome()) {
            case ACCEPTED -> lines.text("summary.mailbox.accepted", r.protocol());
            case REJECTED -> lines.text("summary.mailbox.refused", r.protocol(), r.serverText());
            case SKIPPED -> r.failure() != null || r.serverText().isEmpty() ? lines.text("summary.mailbox.notTried", r.protocol())
                    : lines.text("summary.mailbox.notTriedWhy", r.protocol(), lines.text("evidence.mailbox.noPassword"));
            case OAUTH_NOT_OFFERED -> lines.text("summary.mailbox.notTriedWhy", r.protocol(), lines.text("evidence.mailbox.oauthNotOffered"));
            case CERTIFICATE_REFUSED -> r.certificate() == null ? lines.failure(r.failure()) : certificateRefused(r);
            default -> r.failure() == null ? r.outcome().name() : lines.failure(r.failure());
        };
    }

    /** Why the mailbox login stopped at the certificate, from the certificate itself; its trust problem stays verbatim. */
    private String certificateRefused(LoginResult r) {
        var c = r.certificate();
        return c.trusted() ? lines.text("summary.mailbox.certificateName", r.protocol(), r.host(), String.join(", ", c.names()))
                : lines.text("summary.mailbox.certificateUntrusted", r.protocol(), c.trustProblem());
    }

    /** "public address not found", the public-address row when no way found it. */
    public String publicAddressMissing() {
        return lines.text("summary.publicAddressMissing");
    }
}
