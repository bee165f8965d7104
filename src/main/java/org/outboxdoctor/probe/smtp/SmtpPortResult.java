package org.outboxdoctor.probe.smtp;

import java.util.List;
import java.util.Optional;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.Security;

/**
 * Everything one connection to one SMTP port showed. Fields are null for steps never reached;
 * {@code failure} tells where and why the conversation stopped early.
 *
 * @param plannedSecurity the security this port was probed with
 * @param achievedSecurity the protection the connection really had when it logged in or stopped
 * @param capabilities the EHLO reply before encryption (or the only one, with implicit TLS)
 * @param capabilitiesAfterTls the EHLO reply after STARTTLS
 * @param testMessage the test message sent on this connection, when one was asked for
 * @param senderRelay after login, the send attempt from the address the mail program sends from when that is not
 *     the login's own (an alias); null when it is the same or no login worked
 */
public record SmtpPortResult(String host, String address, int port, boolean usersPort, Security plannedSecurity,
                             Security achievedSecurity, long connectMillis, SmtpReply greeting,
                             EhloCapabilities capabilities, SmtpReply startTlsReply,
                             EhloCapabilities capabilitiesAfterTls, CertificateEvidence certificate,
                             RelayCheck unauthenticatedRelay, AuthAttempt auth, RelayCheck authenticatedRelay,
                             SentMessage testMessage, ProbeFailure failure, List<String> transcript, long millis,
                             RelayCheck senderRelay) {

    public SmtpPortResult {
        transcript = List.copyOf(transcript);
    }

    /** A port result without a send attempt from another address. */
    public SmtpPortResult(String host, String address, int port, boolean usersPort, Security plannedSecurity,
                          Security achievedSecurity, long connectMillis, SmtpReply greeting,
                          EhloCapabilities capabilities, SmtpReply startTlsReply,
                          EhloCapabilities capabilitiesAfterTls, CertificateEvidence certificate,
                          RelayCheck unauthenticatedRelay, AuthAttempt auth, RelayCheck authenticatedRelay,
                          SentMessage testMessage, ProbeFailure failure, List<String> transcript, long millis) {
        this(host, address, port, usersPort, plannedSecurity, achievedSecurity, connectMillis, greeting, capabilities,
                startTlsReply, capabilitiesAfterTls, certificate, unauthenticatedRelay, auth, authenticatedRelay,
                testMessage, failure, transcript, millis, null);
    }

    /** The connection opened and a server answered in SMTP (even with a refusal). */
    public boolean answered() {
        return greeting != null;
    }

    /** The server greeted with 220: ready to talk (a refusal greets with another code). */
    public boolean ready() {
        return greeting != null && greeting.code() == 220;
    }

    public boolean connected() {
        return failure == null || (failure.kind() != org.outboxdoctor.probe.FailureKind.REFUSED
                && failure.kind() != org.outboxdoctor.probe.FailureKind.FILTERED
                && failure.kind() != org.outboxdoctor.probe.FailureKind.UNREACHABLE
                && failure.kind() != org.outboxdoctor.probe.FailureKind.BUDGET_SPENT
                && !("connect".equals(failure.step()) && failure.kind() == org.outboxdoctor.probe.FailureKind.CANCELLED));
    }

    /** The capabilities that applied when logging in: after STARTTLS if it happened. */
    public Optional<EhloCapabilities> currentCapabilities() {
        return Optional.ofNullable(capabilitiesAfterTls != null ? capabilitiesAfterTls : capabilities);
    }

    /** Logged in and the server would relay to the outside world: this port can send. */
    public boolean canSend() {
        return auth != null && auth.outcome() == AuthOutcome.ACCEPTED && authenticatedRelay != null
                && authenticatedRelay.accepted();
    }
}
