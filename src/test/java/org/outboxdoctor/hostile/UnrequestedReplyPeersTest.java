package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.Cancellation;
import org.outboxdoctor.probe.ConnectionBudget;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.ProbeContext;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.probe.smtp.AuthGate;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.SmtpPortProbe;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpProbePlan;
import org.outboxdoctor.probe.tls.TrustConfig;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.Security;

/**
 * A server that sends a reply nobody asked for, with or without PIPELINING: the reply is set aside (and shown),
 * and every later command still gets its own reply.
 */
class UnrequestedReplyPeersTest {

    @Test
    void anExtraReplyAfterEhloDoesNotShiftTheReplies() throws Exception {
        for (String pipelining : new String[] {"250-PIPELINING\r\n", ""}) {
            try (HostilePeer peer = HostilePeer.start((s, in, out) -> {
                HostilePeer.write(out, "220 extra.example.test ESMTP\r\n");
                HostilePeer.awaitCommand(in, "EHLO");
                // the EHLO reply and, in the same write, one more that answers nothing
                HostilePeer.write(out, "250-extra.example.test\r\n" + pipelining + "250 8BITMIME\r\n250 2.0.0 unrequested\r\n");
                HostilePeer.awaitCommand(in, "MAIL");
                if (!pipelining.isEmpty()) {
                    HostilePeer.awaitCommand(in, "RSET");
                    HostilePeer.write(out, "250 2.1.0 Ok\r\n554 5.7.1 Relay access denied\r\n250 2.0.0 Ok\r\n");
                } else {
                    HostilePeer.write(out, "250 2.1.0 Ok\r\n");
                    HostilePeer.awaitCommand(in, "RCPT");
                    HostilePeer.write(out, "554 5.7.1 Relay access denied\r\n");
                    HostilePeer.awaitCommand(in, "RSET");
                    HostilePeer.write(out, "250 2.0.0 Ok\r\n");
                }
                HostilePeer.awaitCommand(in, "QUIT");
            })) {
                SmtpPortResult result = probe(peer);

                assertNull(result.failure(), () -> String.join("\n", result.transcript()));
                assertEquals(250, result.unauthenticatedRelay().mailReply().code(), pipelining);
                assertEquals(554, result.unauthenticatedRelay().rcptReply().code(), () -> String.join("\n", result.transcript()));
                assertTrue(result.transcript().contains("S: 250 2.0.0 unrequested"), () -> String.join("\n", result.transcript()));
                assertTrue(result.transcript().stream().anyMatch(l -> l.contains("the server sent unasked")));
            }
        }
    }

    private static SmtpPortResult probe(HostilePeer peer) {
        Account account = new Account("alice@example.test", "alice@example.test", Secret.none(),
                Account.DEFAULT_RELAY_RECIPIENT, false);
        ProbeContext context = new ProbeContext(new Dialer(new ConnectionBudget(1), new Cancellation(), Duration.ofSeconds(2)),
                Deadline.in(Duration.ofSeconds(10)), Duration.ofSeconds(2), TrustConfig.load(Optional.empty(), null),
                new Redactor(Secret.none()));
        SmtpProbePlan plan = new SmtpProbePlan(new Endpoint("extra.example.test", InetAddress.getLoopbackAddress(), 25,
                peer.port()), Security.NONE, true, Security.NONE, false);
        return new SmtpPortProbe(context, account, new AuthGate() {
            @Override
            public void connected(int port) {
            }

            @Override
            public String acquire(int port, Security mode, Deadline deadline) {
                return null;
            }

            @Override
            public void finished(int port, Security mode, AuthOutcome outcome) {
            }

            @Override
            public void pass(int port) {
            }
        }).run(plan);
    }
}
