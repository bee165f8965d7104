package org.outboxdoctor.probe.login;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.outboxdoctor.probe.Account;
import org.outboxdoctor.probe.Causes;
import org.outboxdoctor.probe.Dialer;
import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeContext;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.Transcript;
import org.outboxdoctor.probe.tls.TlsClient;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.Security;

/**
 * Logs in to read mail with Jakarta Mail, to prove or disprove the password independently of SMTP.
 * The library connects to the address DNS gave us (never resolving names itself), through sockets
 * the run can cancel, and with a strict TLS client: it refuses an unverifiable certificate before
 * the library could send the password.
 */
public final class MailboxLoginProbe {
    private final ProbeContext context;
    private final Account account;

    public MailboxLoginProbe(ProbeContext context, Account account) {
        this.context = context;
        this.account = account;
    }

    public LoginResult run(MailboxProtocol protocol, Endpoint endpoint, Security security) {
        long start = System.nanoTime();
        Transcript transcript = context.newTranscript();
        TlsClient tls = new TlsClient(endpoint.host(), context.trust(), true);
        if (!account.hasPassword()) {
            return result(protocol, endpoint, security, LoginOutcome.SKIPPED, "no password was given", null, tls, transcript, start);
        }
        if (context.cancellation().isCancelled() || context.deadline().expired()) {
            return result(protocol, endpoint, security, LoginOutcome.SKIPPED, "", failure(FailureKind.CANCELLED, "connect",
                    endpoint, "", 0), tls, transcript, start);
        }
        org.outboxdoctor.probe.NetworkGuard.check(endpoint.address());
        if (!context.dialer().reserve()) {
            return result(protocol, endpoint, security, LoginOutcome.UNREACHABLE, "",
                    failure(FailureKind.BUDGET_SPENT, "connect", endpoint, "", 0), tls, transcript, start);
        }
        int connectTimeout = context.deadline().cap(context.dialer().connectTimeout());
        int readTimeout = context.deadline().cap(context.replyTimeout());
        LiteralWatch watch = new LiteralWatch();
        Session session = Session.getInstance(properties(protocol, security, tls, connectTimeout, readTimeout, watch));
        PrintStream debug = TranscriptStream.into(transcript);
        session.setDebugOut(debug);
        session.setDebug(true);
        char[] password = account.password().copy();
        try (Store store = session.getStore(protocol.provider())) {
            transcript.note("logging in to " + protocol + " at " + endpoint.address().getHostAddress() + " port "
                    + endpoint.port() + " (" + security.word() + ")");
            // Jakarta Mail's API takes the password as a String; it lives only for this call
            store.connect(endpoint.address().getHostAddress(), endpoint.physicalPort(), account.username(), new String(password));
            if (watch.preauthenticated()) {
                // RFC 9051 7.1.4: logged in by the connection itself; the library never sent the password
                transcript.note("the server greeted with PREAUTH: logged in without the password, which proves nothing about it");
                return result(protocol, endpoint, security, LoginOutcome.PREAUTHENTICATED, context.redactor().redact(watch.greeting()),
                        null, tls, transcript, start);
            }
            return result(protocol, endpoint, security, LoginOutcome.ACCEPTED, "", null, tls, transcript, start);
        } catch (AuthenticationFailedException e) {
            if (watch.refusedLiteral() >= 0 || dropped(protocol, watch, e)) {
                return failed(protocol, endpoint, security, e, watch, tls, transcript, start);
            }
            String text = context.redactor().redact(String.valueOf(e.getMessage()));
            transcript.note("login refused: " + text);
            return result(protocol, endpoint, security, LoginOutcome.REJECTED, text, null, tls, transcript, start);
        } catch (MessagingException e) {
            if (watch.refusedLiteral() >= 0) {
                return failed(protocol, endpoint, security, e, watch, tls, transcript, start);
            }
            return classify(protocol, endpoint, security, e, tls, transcript, start, connectTimeout, readTimeout);
        } catch (RuntimeException e) {
            // the mail library tripped over what the server sent: this login's failure, never the run's end
            ProbeFailure failure = failure(FailureKind.GARBAGE, "login", endpoint,
                    "the mail library could not read the server's answer (" + e.getClass().getSimpleName() + ")", 0);
            transcript.note(failure.describe());
            return result(protocol, endpoint, security, LoginOutcome.FAILED, "", failure, tls, transcript, start);
        } finally {
            Secret.wipe(password);
            debug.close();
        }
    }

    /**
     * Logs in by IMAP and looks for the test message in the inbox until it arrives or time runs out.
     * Returns what was seen, in words; empty when the message arrived.
     */
    public Delivery confirmDelivery(Endpoint endpoint, Security security, String messageId, java.time.Duration patience) {
        long start = System.nanoTime();
        Transcript transcript = context.newTranscript();
        TlsClient tls = new TlsClient(endpoint.host(), context.trust(), true);
        org.outboxdoctor.probe.NetworkGuard.check(endpoint.address());
        if (!context.dialer().reserve()) {
            return new Delivery(false, "not checked: the run's limit of connections was reached", transcript.lines(), 0);
        }
        org.outboxdoctor.probe.Deadline until = context.deadline().within(patience);
        Session session = Session.getInstance(properties(MailboxProtocol.IMAP, security, tls,
                until.cap(context.dialer().connectTimeout()), until.cap(context.replyTimeout())));
        PrintStream debug = TranscriptStream.into(transcript);
        session.setDebugOut(debug);
        session.setDebug(true);
        char[] password = account.password().copy();
        try (Store store = session.getStore(MailboxProtocol.IMAP.provider())) {
            store.connect(endpoint.address().getHostAddress(), endpoint.physicalPort(), account.username(), new String(password));
            while (true) {
                try (jakarta.mail.Folder inbox = store.getFolder("INBOX")) {
                    inbox.open(jakarta.mail.Folder.READ_ONLY);
                    if (inbox.search(new jakarta.mail.search.HeaderTerm("Message-ID", messageId)).length > 0) {
                        return new Delivery(true, "arrived in the inbox", transcript.lines(), Dialer.millisSince(start));
                    }
                }
                if (until.remaining().toMillis() < 600) {
                    return new Delivery(false, "did not arrive in the inbox within " + Dialer.millisSince(start) / 1000 + " s",
                            transcript.lines(), Dialer.millisSince(start));
                }
                Thread.sleep(500);
            }
        } catch (MessagingException e) {
            if (context.cancellation().isCancelled()) {
                return new Delivery(false, "not confirmed: the check ran out of time while looking in the inbox",
                        transcript.lines(), Dialer.millisSince(start));
            }
            return new Delivery(false, "could not look in the inbox: " + context.redactor().redact(Causes.rootMessage(e)),
                    transcript.lines(), Dialer.millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(false, "stopped", transcript.lines(), Dialer.millisSince(start));
        } catch (RuntimeException e) {
            return new Delivery(false, "could not look in the inbox: the server's answer could not be read",
                    transcript.lines(), Dialer.millisSince(start));
        } finally {
            Secret.wipe(password);
            debug.close();
        }
    }

    /** Whether the test message was found in the inbox. */
    public record Delivery(boolean arrived, String note, java.util.List<String> transcript, long millis) {
    }

    /**
     * Angus reports a POP3 connection that ended before the server answered PASS as a failed login (EOF and reset
     * become AuthenticationFailedException, without a cause): only a "-ERR" from the server is a refusal.
     */
    private static boolean dropped(MailboxProtocol protocol, LiteralWatch watch, MessagingException e) {
        return protocol == MailboxProtocol.POP3 && !watch.saidError(e.getMessage());
    }

    /** The exchange broke off without a verdict: a refused literal, or a connection closed before the answer. */
    private LoginResult failed(MailboxProtocol protocol, Endpoint endpoint, Security security, MessagingException e,
                               LiteralWatch watch, TlsClient tls, Transcript transcript, long start) {
        ProbeFailure failure = watch.refusedLiteral() >= 0
                ? failure(FailureKind.OVERSIZED, "login", endpoint, context.redactor().redact(
                        "a literal of " + (watch.refusedLiteral() == Long.MAX_VALUE ? "more than 10^12" : watch.refusedLiteral())
                                + " bytes announced; more than " + LiteralWatch.MAX_LITERAL + " is refused before it is read"), 0)
                : failure(FailureKind.CLOSED, "login", endpoint, "the server closed the connection before it answered the password", 0);
        transcript.note(failure.describe());
        return result(protocol, endpoint, security, LoginOutcome.FAILED, "", failure, tls, transcript, start);
    }

    private LoginResult classify(MailboxProtocol protocol, Endpoint endpoint, Security security, MessagingException e,
                                 TlsClient tls, Transcript transcript, long start, int connectTimeout, int readTimeout) {
        boolean connectPhase = Causes.find(e, MailConnectException.class) != null;
        String detail = context.redactor().redact(Causes.rootMessage(e));
        ProbeFailure failure;
        LoginOutcome outcome;
        if (context.cancellation().isCancelled()) {
            failure = failure(FailureKind.CANCELLED, "login", endpoint, "", 0);
            outcome = LoginOutcome.FAILED;
        } else if (connectPhase && Causes.find(e, SocketTimeoutException.class) != null) {
            failure = failure(FailureKind.FILTERED, "connect", endpoint, detail, connectTimeout);
            outcome = LoginOutcome.UNREACHABLE;
        } else if (Causes.find(e, ConnectException.class) != null) {
            failure = failure(FailureKind.REFUSED, "connect", endpoint, detail, 0);
            outcome = LoginOutcome.UNREACHABLE;
        } else if (Causes.find(e, NoRouteToHostException.class) != null) {
            failure = failure(FailureKind.UNREACHABLE, "connect", endpoint, detail, 0);
            outcome = LoginOutcome.UNREACHABLE;
        } else if (Causes.find(e, CertificateException.class) != null) {
            failure = failure(FailureKind.TLS_FAILED, "TLS handshake", endpoint, detail, 0);
            outcome = LoginOutcome.CERTIFICATE_REFUSED;
        } else if (Causes.find(e, SSLException.class) != null) {
            SSLException ssl = Causes.find(e, SSLException.class);
            failure = failure(TlsClient.isPlaintextReply(ssl) ? FailureKind.TLS_GOT_PLAINTEXT : FailureKind.TLS_FAILED,
                    "TLS handshake", endpoint, detail, 0);
            outcome = LoginOutcome.FAILED;
        } else if (Causes.find(e, SocketTimeoutException.class) != null) {
            failure = failure(FailureKind.REPLY_TIMEOUT, "login", endpoint, detail, readTimeout);
            outcome = LoginOutcome.FAILED;
        } else {
            failure = failure(FailureKind.IO, "login", endpoint, detail, 0);
            outcome = LoginOutcome.FAILED;
        }
        transcript.note(failure.describe());
        return result(protocol, endpoint, security, outcome, detail, failure, tls, transcript, start);
    }

    private Properties properties(MailboxProtocol protocol, Security security, TlsClient tls, int connectTimeout,
                                  int readTimeout) {
        return properties(protocol, security, tls, connectTimeout, readTimeout, new LiteralWatch());
    }

    private Properties properties(MailboxProtocol protocol, Security security, TlsClient tls, int connectTimeout,
                                  int readTimeout, LiteralWatch watch) {
        String prefix = "mail." + protocol.provider();
        Properties p = new Properties();
        p.put(prefix + ".connectiontimeout", String.valueOf(connectTimeout));
        p.put(prefix + ".timeout", String.valueOf(readTimeout));
        // no writetimeout: it costs a thread per connection, and cancelling the run (at the deadline at the
        // latest) closes the socket, which ends a blocked write as surely
        p.put(prefix + ".ssl.checkserveridentity", "false");
        // without this, a failure in our socket factory makes Angus silently open a second connection with
        // the JVM's default TLS settings: outside the budget, the deadline and our certificate checks
        p.put(prefix + ".socketFactory.fallback", "false");
        p.put("mail.debug.auth", "false");
        // the server's answers are read through the watch: no IMAP literal beyond a few MB reaches the library
        p.put(prefix + ".ssl.socketFactory", GuardedSocketFactories.tls(tls.socketFactory(context.cancellation()), watch));
        if (security == Security.TLS) {
            // Angus then connects a plain socket itself and layers TLS through the factory above; only that
            // connect, bounded by the connect timeout, escapes cancellation
            p.put(prefix + ".ssl.enable", "true");
        } else {
            p.put(prefix + ".socketFactory", GuardedSocketFactories.plain(context.cancellation(), watch));
            if (security == Security.STARTTLS) {
                p.put(prefix + ".starttls.enable", "true");
                p.put(prefix + ".starttls.required", String.valueOf(!account.allowPlaintextAuth()));
            }
        }
        return p;
    }

    private LoginResult result(MailboxProtocol protocol, Endpoint endpoint, Security security, LoginOutcome outcome,
                               String text, ProbeFailure failure, TlsClient tls, Transcript transcript, long start) {
        return new LoginResult(protocol.name(), endpoint.host(), endpoint.port(), security, outcome, text, failure,
                tls.evidence().orElse(null), transcript.lines(), Dialer.millisSince(start));
    }

    private static ProbeFailure failure(FailureKind kind, String step, Endpoint endpoint, String detail, long timeout) {
        return new ProbeFailure(kind, step, endpoint.host(), endpoint.port(), detail, timeout);
    }

}
