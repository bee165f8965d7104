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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
public final class MailboxLoginProbe implements AutoCloseable {
    private final ProbeContext context;
    private final Account account;
    private final boolean keepOpen;
    private final AtomicReference<OpenMailbox> kept = new AtomicReference<>();

    public MailboxLoginProbe(ProbeContext context, Account account) {
        this(context, account, false);
    }

    /**
     * @param keepOpen keep an accepted IMAP login open for {@link #confirmDelivery}, so `--send-test` logs in once
     */
    public MailboxLoginProbe(ProbeContext context, Account account, boolean keepOpen) {
        this.context = context;
        this.account = account;
        this.keepOpen = keepOpen;
    }

    public LoginResult run(MailboxRoute route, Endpoint endpoint) {
        MailboxProtocol protocol = route.protocol();
        Security security = route.security();
        long start = System.nanoTime();
        Transcript transcript = context.newTranscript();
        Attempt attempt = new Attempt(protocol, endpoint, route, new TlsClient(endpoint.host(), context.trust(), true),
                transcript, start, new AtomicBoolean());
        if (!account.hasPassword()) {
            return attempt.result(LoginOutcome.SKIPPED, "no password was given", null);
        }
        if (context.cancellation().isCancelled() || context.deadline().expired()) {
            return attempt.result(LoginOutcome.SKIPPED, "", failure(FailureKind.CANCELLED, "connect", endpoint, "", 0));
        }
        org.outboxdoctor.probe.NetworkGuard.check(endpoint.address());
        if (!context.dialer().reserve(endpoint.address())) {
            return attempt.result(LoginOutcome.UNREACHABLE, "", failure(FailureKind.BUDGET_SPENT, "connect", endpoint, "", 0));
        }
        int connectTimeout = context.deadline().cap(context.dialer().connectTimeout());
        int readTimeout = context.deadline().cap(context.replyTimeout());
        LiteralWatch watch = new LiteralWatch();
        LoginCommandWatch commands = new LoginCommandWatch(protocol, attempt.loginSent());
        Session session = Session.getInstance(properties(protocol, security, attempt.tls(), connectTimeout, readTimeout,
                watch, commands));
        PrintStream debug = TranscriptStream.into(transcript);
        session.setDebugOut(debug);
        session.setDebug(true);
        char[] password = account.password().copy();
        Store store = null;
        boolean kept = false;
        try {
            store = TokenSignIn.store(session, protocol, account.usesToken());
            transcript.note("logging in to " + protocol + " at " + endpoint.host() + " (" + endpoint.address().getHostAddress()
                    + ") port " + endpoint.port() + " (" + security.word() + (account.usesToken() ? ", with a token by XOAUTH2" : "")
                    + "), " + route.source().describe() + (route.where().isEmpty() ? "" : ": " + route.where()));
            // Jakarta Mail's API takes the password as a String; it lives only for this call
            store.connect(endpoint.address().getHostAddress(), endpoint.physicalPort(), account.username(), new String(password));
            if (!attempt.loginSent().get()) {
                // IMAP PREAUTH: the server let us in without asking, which says nothing about the password
                ProbeFailure failure = failure(FailureKind.IO, "login", endpoint,
                        "the server let the check in without a password (PREAUTH), so it says nothing about the password", 0);
                transcript.note(failure.describe());
                return attempt.result(LoginOutcome.FAILED, "", failure);
            }
            kept = keepOpen && protocol == MailboxProtocol.IMAP
                    && this.kept.compareAndSet(null, new OpenMailbox(store, debug, transcript));
            return attempt.result(LoginOutcome.ACCEPTED, "", null);
        } catch (AuthenticationFailedException e) {
            if (watch.refusedLiteral() >= 0) {
                return unanswered(attempt, watch);
            }
            if (TokenSignIn.notOffered(e)) {
                return tokenNotOffered(attempt);
            }
            String text = context.redactor().redact(String.valueOf(e.getMessage()));
            if (!attempt.loginSent().get()) {
                // refused before any password went out (no login method both sides know): no word on the password
                ProbeFailure failure = failure(FailureKind.IO, "login", endpoint, text, 0);
                transcript.note("no login was sent: " + text);
                return attempt.result(LoginOutcome.FAILED, text, failure);
            }
            if (dropped(protocol, watch, e)) {
                return unanswered(attempt, watch);
            }
            transcript.note("login refused: " + text);
            return attempt.result(LoginOutcome.REJECTED, text, null);
        } catch (MessagingException e) {
            if (watch.refusedLiteral() >= 0) {
                return unanswered(attempt, watch);
            }
            if (TokenSignIn.notOffered(e)) {
                return tokenNotOffered(attempt);
            }
            return classify(attempt, e, connectTimeout, readTimeout);
        } catch (RuntimeException e) {
            // the mail library tripped over what the server sent: this login's failure, never the run's end
            ProbeFailure failure = failure(FailureKind.GARBAGE, "login", endpoint,
                    "the mail library could not read the server's answer (" + e.getClass().getSimpleName() + ")", 0)
                    .with(ProbeFailure.Oddity.of(ProbeFailure.Oddity.Kind.UNREADABLE));
            transcript.note(failure.describe());
            return attempt.result(LoginOutcome.FAILED, "", failure);
        } finally {
            Secret.wipe(password);
            if (!kept) {
                OpenMailbox.closeQuietly(store);
                debug.close();
            }
        }
    }

    /**
     * Looks for the test message in the inbox of the IMAP login {@link #run} kept open, until it arrives or time runs
     * out; the password is not sent again. Empty when no IMAP login was kept.
     */
    public java.util.Optional<Delivery> confirmDelivery(String messageId, java.time.Duration patience) {
        OpenMailbox open = kept.getAndSet(null);
        if (open == null) {
            return java.util.Optional.empty();
        }
        long start = System.nanoTime();
        int from = open.transcript().lines().size();
        org.outboxdoctor.probe.Deadline until = context.deadline().within(patience);
        try (open) {
            while (true) {
                try (jakarta.mail.Folder inbox = open.store().getFolder("INBOX")) {
                    inbox.open(jakarta.mail.Folder.READ_ONLY);
                    if (inbox.search(new jakarta.mail.search.HeaderTerm("Message-ID", messageId)).length > 0) {
                        return delivery(Delivery.Seen.ARRIVED, "", open, from, start);
                    }
                }
                if (until.remaining().toMillis() < 600) {
                    return delivery(Delivery.Seen.NOT_ARRIVED, "", open, from, start);
                }
                Thread.sleep(500);
            }
        } catch (MessagingException e) {
            if (context.cancellation().isCancelled()) {
                return delivery(Delivery.Seen.OUT_OF_TIME, "", open, from, start);
            }
            return delivery(Delivery.Seen.UNREADABLE, context.redactor().redact(Causes.rootMessage(e)), open, from, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return delivery(Delivery.Seen.STOPPED, "", open, from, start);
        } catch (RuntimeException e) {
            return delivery(Delivery.Seen.GARBLED, "", open, from, start);
        }
    }

    /** Closes an IMAP login kept for a search that never came. */
    @Override
    public void close() {
        OpenMailbox open = kept.getAndSet(null);
        if (open != null) {
            open.close();
        }
    }

    private static java.util.Optional<Delivery> delivery(Delivery.Seen seen, String detail, OpenMailbox open, int from,
                                                         long start) {
        java.util.List<String> lines = open.transcript().lines();
        return java.util.Optional.of(new Delivery(seen, detail, lines.subList(Math.min(from, lines.size()), lines.size()),
                Dialer.millisSince(start)));
    }

    /**
     * Whether the test message was found in the inbox; the diagnosis words it in the reader's language.
     *
     * @param detail the error text when the inbox could not be read (redacted), else empty
     * @param millis how long the search waited
     */
    public record Delivery(Seen seen, String detail, java.util.List<String> transcript, long millis) {
        /** What the search came to. */
        public enum Seen { ARRIVED, NOT_ARRIVED, OUT_OF_TIME, UNREADABLE, GARBLED, STOPPED, NO_IMAP }

        public boolean arrived() {
            return seen == Seen.ARRIVED;
        }
    }

    /**
     * Angus reports a POP3 connection that ended before the server answered PASS as a failed login (EOF and reset
     * become AuthenticationFailedException, without a cause): only a "-ERR" from the server is a refusal.
     */
    private static boolean dropped(MailboxProtocol protocol, LiteralWatch watch, MessagingException e) {
        return protocol == MailboxProtocol.POP3 && !watch.saidError(e.getMessage());
    }

    /** The exchange broke off without a verdict: a refused literal, or a connection closed before the answer. */
    private LoginResult unanswered(Attempt attempt, LiteralWatch watch) {
        long literal = watch.refusedLiteral();
        ProbeFailure failure = literal >= 0
                ? failure(FailureKind.OVERSIZED, "login", attempt.endpoint(), "a literal of "
                        + (literal == Long.MAX_VALUE ? "more than 10^12" : literal) + " bytes announced; more than "
                        + LiteralWatch.MAX_LITERAL + " is refused before it is read", 0)
                        .with(ProbeFailure.Oddity.of(ProbeFailure.Oddity.Kind.LITERAL_TOO_BIG,
                                literal == Long.MAX_VALUE ? "10^12+" : literal, LiteralWatch.MAX_LITERAL / (1024 * 1024)))
                : failure(FailureKind.CLOSED, "login", attempt.endpoint(),
                        "the server closed the connection before it answered the password", 0);
        attempt.transcript().note(failure.describe());
        return attempt.result(LoginOutcome.FAILED, "", failure);
    }

    private LoginResult tokenNotOffered(Attempt attempt) {
        String text = "this server does not offer sign-in with a token (no XOAUTH2), so the token was not sent";
        attempt.transcript().note(text);
        return attempt.result(LoginOutcome.OAUTH_NOT_OFFERED, text, null);
    }

    private LoginResult classify(Attempt attempt, MessagingException e, int connectTimeout, int readTimeout) {
        Endpoint endpoint = attempt.endpoint();
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
        attempt.transcript().note(failure.describe());
        return attempt.result(outcome, detail, failure);
    }

    private Properties properties(MailboxProtocol protocol, Security security, TlsClient tls, int connectTimeout,
                                  int readTimeout, LiteralWatch watch, LoginCommandWatch commands) {
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
        TokenSignIn.configure(p, prefix, account.usesToken());
        // the server's answers are read through the watch: no IMAP literal beyond a few MB reaches the library
        p.put(prefix + ".ssl.socketFactory", GuardedSocketFactories.tls(tls.socketFactory(context.cancellation()), watch, commands));
        if (security == Security.TLS) {
            // Angus then connects a plain socket itself and layers TLS through the factory above; only that
            // connect, bounded by the connect timeout, escapes cancellation
            p.put(prefix + ".ssl.enable", "true");
        } else {
            p.put(prefix + ".socketFactory", GuardedSocketFactories.plain(context.cancellation(), watch, commands));
            if (security == Security.STARTTLS) {
                p.put(prefix + ".starttls.enable", "true");
                p.put(prefix + ".starttls.required", String.valueOf(!account.allowPlaintextAuth()));
            }
        }
        return p;
    }

    /** One login's fixed parts, so every way it ends builds its result alike. */
    private record Attempt(MailboxProtocol protocol, Endpoint endpoint, MailboxRoute route, TlsClient tls,
                           Transcript transcript, long start, AtomicBoolean loginSent) {
        LoginResult result(LoginOutcome outcome, String text, ProbeFailure failure) {
            return new LoginResult(protocol.name(), endpoint.host(), endpoint.port(), route.security(), outcome, text, failure,
                    tls.evidence().orElse(null), transcript.lines(), Dialer.millisSince(start), route.source(),
                    loginSent.get());
        }
    }

    private static ProbeFailure failure(FailureKind kind, String step, Endpoint endpoint, String detail, long timeout) {
        return new ProbeFailure(kind, step, endpoint.host(), endpoint.port(), detail, timeout);
    }

}
