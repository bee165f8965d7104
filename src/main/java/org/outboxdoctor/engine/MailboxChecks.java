package org.outboxdoctor.engine;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.dns.DnsProbe;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxLoginProbe;
import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.smtp.SentMessage;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.settings.ProviderProfile;

/** The mailbox side of a run: the login to read mail, and the test message looked for in the inbox. */
final class MailboxChecks {
    private MailboxChecks() {
    }

    static List<LoginResult> loginChain(MailboxLoginProbe probe, List<ProviderProfile.Server> routes, CheckTarget target,
                                         DnsProbe dns, Deadline deadline, CheckOptions options, ProgressListener progress,
                                         AtomicInteger logins) {
        List<LoginResult> results = new ArrayList<>();
        for (ProviderProfile.Server route : routes) {
            MailboxProtocol protocol = "pop3".equals(route.protocol()) ? MailboxProtocol.POP3 : MailboxProtocol.IMAP;
            Optional<InetAddress> address = route.host().equals(target.host()) ? Optional.of(target.address())
                    : dns.resolveHost(route.host(), deadline).preferred();
            if (address.isEmpty()) {
                continue;
            }
            progress.onProgress(new ProgressEvent.Started(new ProbeId.MailboxLogin(protocol, route.port())));
            LoginResult result = probe.run(protocol, Engine.endpoint(route.host(), address.get(), route.port(), options),
                    route.securityMode());
            progress.onProgress(new ProgressEvent.MailboxChecked(result));
            results.add(result);
            if (result.outcome().decisive()) {
                logins.incrementAndGet();
            }
            if (result.outcome().decisive() || result.outcome() == LoginOutcome.CERTIFICATE_REFUSED
                    || result.outcome() == LoginOutcome.SKIPPED) {
                break;
            }
        }
        return results;
    }

    /** The test message, if one was sent, looked for in the inbox. */
    static Optional<Delivery> confirmDelivery(CheckRequest request, ProviderProfile profile, CheckTarget target,
                                               List<SmtpPortResult> ports, List<SmtpPortResult> alternatives,
                                               MailboxLoginProbe probe, DnsProbe dns, Deadline deadline, CheckOptions options,
                                               AtomicInteger logins) {
        Optional<SentMessage> sent = java.util.stream.Stream.concat(ports.stream(), alternatives.stream())
                .map(SmtpPortResult::testMessage).filter(m -> m != null && m.accepted()).findFirst();
        if (sent.isEmpty() || target == null) {
            return Optional.empty();
        }
        for (ProviderProfile.Server route : profile.incomingFor(request.settings().address(), target.host())) {
            if (!"imap".equals(route.protocol())) {
                continue;
            }
            Optional<InetAddress> address = route.host().equals(target.host()) ? Optional.of(target.address())
                    : dns.resolveHost(route.host(), deadline).preferred();
            if (address.isPresent()) {
                Delivery delivery = probe.confirmDelivery(Engine.endpoint(route.host(), address.get(), route.port(), options),
                        route.securityMode(), sent.get().messageId(), java.time.Duration.ofSeconds(10));
                logins.incrementAndGet();
                return Optional.of(delivery);
            }
        }
        return Optional.of(new Delivery(false, "sent, but no IMAP server is known to look for it", List.of(), 0));
    }
}
