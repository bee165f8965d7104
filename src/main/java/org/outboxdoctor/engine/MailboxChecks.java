package org.outboxdoctor.engine;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxLoginProbe;
import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import org.outboxdoctor.probe.login.MailboxRoute;
import org.outboxdoctor.probe.smtp.SentMessage;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/** The mailbox side of a run: the login to read mail, and the test message looked for in the inbox. */
final class MailboxChecks {
    /** Connections the search for the mailbox server may open; the SMTP ports need the rest of the run's budget. */
    static final int MAX_CONNECTIONS = 4;

    private MailboxChecks() {
    }

    /**
     * Tries the servers in order until one is asked about the password: the password goes to one mailbox server a
     * run, whatever it answers. A server that cannot be reached, or whose certificate does not name the host tried,
     * is evidence and the next one is tried; an address found filtered or a port found closed is not dialled again.
     */
    static List<LoginResult> loginChain(MailboxLoginProbe probe, Iterable<MailboxRoute> routes, CheckTarget target,
                                        DnsProbe dns, Deadline deadline, CheckOptions options, ProgressListener progress,
                                        AtomicInteger logins) {
        List<LoginResult> results = new ArrayList<>();
        Set<InetAddress> filtered = new HashSet<>();
        Set<String> closed = new HashSet<>();
        int connections = 0;
        for (MailboxRoute route : routes) {
            if (connections >= MAX_CONNECTIONS || deadline.expired()) {
                break;
            }
            Optional<InetAddress> address = route.host().equalsIgnoreCase(target.host()) ? Optional.of(target.address())
                    : dns.resolveHost(route.host(), deadline).preferred();
            if (address.isEmpty() || filtered.contains(address.get())
                    || closed.contains(address.get().getHostAddress() + ":" + route.port())) {
                continue;
            }
            progress.onProgress(new ProgressEvent.Started(new ProbeId.MailboxLogin(route.protocol(), route.port())));
            LoginResult result = probe.run(route, Engine.endpoint(route.host(), address.get(), route.port(), options));
            progress.onProgress(new ProgressEvent.MailboxChecked(result));
            results.add(result);
            FailureKind failure = result.failure() == null ? null : result.failure().kind();
            if (result.passwordSent()) {
                logins.incrementAndGet();
            }
            if (result.passwordSent() || result.outcome().decisive() || result.outcome() == LoginOutcome.SKIPPED
                    || failure == FailureKind.BUDGET_SPENT || failure == FailureKind.CANCELLED) {
                break;
            }
            connections++;
            if (failure == FailureKind.FILTERED) {
                filtered.add(address.get());
            } else if (failure == FailureKind.REFUSED || failure == FailureKind.UNREACHABLE) {
                closed.add(address.get().getHostAddress() + ":" + route.port());
            }
        }
        return results;
    }

    /** The test message, if one was sent, looked for in the inbox of the login that proved the password. */
    static Optional<Delivery> confirmDelivery(List<SmtpPortResult> ports, List<SmtpPortResult> alternatives,
                                              MailboxLoginProbe probe) {
        Optional<SentMessage> sent = java.util.stream.Stream.concat(ports.stream(), alternatives.stream())
                .map(SmtpPortResult::testMessage).filter(m -> m != null && m.accepted()).findFirst();
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        return probe.confirmDelivery(sent.get().messageId(), java.time.Duration.ofSeconds(10))
                .or(() -> Optional.of(new Delivery(false, "sent, but no IMAP login of this check could look for it",
                        List.of(), 0)));
    }
}
