package org.outboxdoctor.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.net.ssl.SSLContext;

/**
 * How a {@link ScriptedSmtpServer} behaves; immutable. The defaults look like a stock Postfix submission
 * server without TLS: {@code SmtpBehaviour.builder().user("alice@example.test", "pw").build()}.
 */
public final class SmtpBehaviour {

    private final String greeting;
    private final String connectReplyAndClose;
    private final boolean garbageGreeting;
    private final boolean silent;
    private final SSLContext implicitTls;
    private final SSLContext starttls;
    private final String ehloName;
    private final long size;
    private final boolean pipelining;
    private final String authMechanisms;
    private final boolean authBeforeTls;
    private final boolean requireTlsForMail;
    private final Map<String, String> users;
    private final String authReply;
    private final String tokenErrorChallenge;
    private final String unauthenticatedRcptReply;
    private final String localDomain;
    private final String mailFromReplyAuthenticated;
    private final String rcptReplyAuthenticated;
    private final Map<String, java.util.Set<String>> senders;
    private final String senderRefusedReply;

    private SmtpBehaviour(Builder b) {
        greeting = b.greeting;
        connectReplyAndClose = b.connectReplyAndClose;
        garbageGreeting = b.garbageGreeting;
        silent = b.silent;
        implicitTls = b.implicitTls;
        starttls = b.starttls;
        ehloName = b.ehloName;
        size = b.size;
        pipelining = b.pipelining;
        authMechanisms = b.authMechanisms;
        authBeforeTls = b.authBeforeTls;
        requireTlsForMail = b.requireTlsForMail;
        users = Map.copyOf(b.users);
        authReply = b.authReply;
        tokenErrorChallenge = b.tokenErrorChallenge;
        unauthenticatedRcptReply = b.unauthenticatedRcptReply;
        localDomain = b.localDomain;
        mailFromReplyAuthenticated = b.mailFromReplyAuthenticated;
        rcptReplyAuthenticated = b.rcptReplyAuthenticated;
        senders = Map.copyOf(b.senders);
        senderRefusedReply = b.senderRefusedReply;
    }

    /**
     * The reply to MAIL FROM {@code sender} by the logged-in {@code user}: refused when the server knows which
     * addresses that user owns and this is not one of them (Postfix' reject_authenticated_sender_login_mismatch).
     */
    public Optional<String> senderRefused(String user, String sender) {
        java.util.Set<String> owned = senders.get(user);
        if (owned == null || owned.contains(sender.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(senderRefusedReply.replace("{sender}", sender).replace("{user}", user));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults, with no user able to log in. */
    public static SmtpBehaviour defaults() {
        return builder().build();
    }

    public String greeting() {
        return greeting;
    }

    public Optional<String> connectReplyAndClose() {
        return Optional.ofNullable(connectReplyAndClose);
    }

    public boolean garbageGreeting() {
        return garbageGreeting;
    }

    public boolean silent() {
        return silent;
    }

    public Optional<SSLContext> implicitTls() {
        return Optional.ofNullable(implicitTls);
    }

    public Optional<SSLContext> starttls() {
        return Optional.ofNullable(starttls);
    }

    public String ehloName() {
        return ehloName;
    }

    public long size() {
        return size;
    }

    public boolean pipelining() {
        return pipelining;
    }

    public String authMechanisms() {
        return authMechanisms;
    }

    public boolean authBeforeTls() {
        return authBeforeTls;
    }

    public boolean requireTlsForMail() {
        return requireTlsForMail;
    }

    public Map<String, String> users() {
        return users;
    }

    public Optional<String> authReply() {
        return Optional.ofNullable(authReply);
    }

    public Optional<String> tokenErrorChallenge() {
        return Optional.ofNullable(tokenErrorChallenge);
    }

    public String unauthenticatedRcptReply() {
        return unauthenticatedRcptReply;
    }

    public String localDomain() {
        return localDomain;
    }

    public String mailFromReplyAuthenticated() {
        return mailFromReplyAuthenticated;
    }

    public String rcptReplyAuthenticated() {
        return rcptReplyAuthenticated;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.greeting = greeting;
        b.connectReplyAndClose = connectReplyAndClose;
        b.garbageGreeting = garbageGreeting;
        b.silent = silent;
        b.implicitTls = implicitTls;
        b.starttls = starttls;
        b.ehloName = ehloName;
        b.size = size;
        b.pipelining = pipelining;
        b.authMechanisms = authMechanisms;
        b.authBeforeTls = authBeforeTls;
        b.requireTlsForMail = requireTlsForMail;
        b.users.putAll(users);
        b.authReply = authReply;
        b.tokenErrorChallenge = tokenErrorChallenge;
        b.unauthenticatedRcptReply = unauthenticatedRcptReply;
        b.localDomain = localDomain;
        b.mailFromReplyAuthenticated = mailFromReplyAuthenticated;
        b.rcptReplyAuthenticated = rcptReplyAuthenticated;
        b.senders.putAll(senders);
        b.senderRefusedReply = senderRefusedReply;
        return b;
    }

    public static final class Builder {
        private String greeting = "220 mail.example.test ESMTP Postfix";
        private String connectReplyAndClose;
        private boolean garbageGreeting;
        private boolean silent;
        private SSLContext implicitTls;
        private SSLContext starttls;
        private String ehloName = "mail.example.test";
        private long size = 10_240_000;
        private boolean pipelining = true;
        private String authMechanisms = "PLAIN LOGIN";
        private boolean authBeforeTls = true;
        private boolean requireTlsForMail;
        private final Map<String, String> users = new LinkedHashMap<>();
        private String authReply;
        private String tokenErrorChallenge;
        private String unauthenticatedRcptReply = "554 5.7.1 <%s>: Relay access denied";
        private String localDomain = "example.test";
        private String mailFromReplyAuthenticated = "250 2.1.0 Ok";
        private final Map<String, java.util.Set<String>> senders = new java.util.HashMap<>();
        private String senderRefusedReply = "553 5.7.1 <{sender}>: Sender address rejected: not owned by user {user}";
        private String rcptReplyAuthenticated = "250 2.1.5 Ok";

        private Builder() {
        }

        /** The full greeting line including its code, e.g. "220 mail.example.test ESMTP Postfix". */
        public Builder greeting(String line) {
            greeting = Objects.requireNonNull(line);
            return this;
        }

        /** Sent instead of the greeting (e.g. "421 4.7.0 ... too many connections"), then the socket closes. */
        public Builder connectReplyAndClose(String line) {
            connectReplyAndClose = line;
            return this;
        }

        /** Sends 200 seeded-random bytes instead of a greeting, then closes. */
        public Builder garbageGreeting(boolean on) {
            garbageGreeting = on;
            return this;
        }

        /** Accepts and never says anything (a tarpit or a non-SMTP service that waits for the client). */
        public Builder silent(boolean on) {
            silent = on;
            return this;
        }

        /** TLS right after accept, like port 465; null for plain. */
        public Builder implicitTls(SSLContext server) {
            implicitTls = server;
            return this;
        }

        /** Offers STARTTLS with this context; null to not offer it. */
        public Builder starttls(SSLContext server) {
            starttls = server;
            return this;
        }

        public Builder ehloName(String name) {
            ehloName = Objects.requireNonNull(name);
            return this;
        }

        /** Advertised as "SIZE n"; 0 means SIZE is not advertised. */
        public Builder size(long bytes) {
            size = bytes;
            return this;
        }

        /**
         * Whether EHLO lists PIPELINING (RFC 2920), as Postfix does by default. Either way the server reads
         * commands in order from its buffer, so a client that pipelines anyway is still answered in order.
         */
        public Builder pipelining(boolean on) {
            pipelining = on;
            return this;
        }

        /** Space-separated mechanisms for "AUTH ..."; empty means AUTH is not advertised nor accepted. */
        public Builder authMechanisms(String mechanisms) {
            authMechanisms = Objects.requireNonNull(mechanisms).trim();
            return this;
        }

        /** Whether AUTH is advertised (and accepted) before TLS is active. */
        public Builder authBeforeTls(boolean on) {
            authBeforeTls = on;
            return this;
        }

        /** MAIL, RCPT and AUTH before TLS get "530 5.7.0 Must issue a STARTTLS command first". */
        public Builder requireTlsForMail(boolean on) {
            requireTlsForMail = on;
            return this;
        }

        /** Credentials that AUTH accepts; may be called for several users. */
        public Builder user(String username, String password) {
            users.put(Objects.requireNonNull(username), Objects.requireNonNull(password));
            return this;
        }

        /** The final reply to every AUTH exchange, whatever the credentials (e.g. a tenant policy's 535). */
        public Builder authReply(String line) {
            authReply = line;
            return this;
        }

        /**
         * Before refusing a token (XOAUTH2, OAUTHBEARER), a 334 challenge with this JSON in base64, as Gmail's; the final
         * reply follows the client's answer. A token is right when it is a {@link #user}'s password, as in GreenMail.
         */
        public Builder tokenErrorChallenge(String json) {
            tokenErrorChallenge = json;
            return this;
        }

        /** Reply to RCPT for a non-local recipient before AUTH; "%s" becomes the recipient address. */
        public Builder unauthenticatedRcptReply(String format) {
            unauthenticatedRcptReply = Objects.requireNonNull(format);
            return this;
        }

        /** Recipients in this domain are accepted without AUTH, as a server's own domain is. */
        public Builder localDomain(String domain) {
            localDomain = Objects.requireNonNull(domain);
            return this;
        }

        /** Reply to MAIL after a successful AUTH (put suspension replies here). */
        public Builder mailFromReplyAuthenticated(String line) {
            mailFromReplyAuthenticated = Objects.requireNonNull(line);
            return this;
        }

        /** Reply to RCPT after a successful AUTH (put quota replies here). */
        public Builder rcptReplyAuthenticated(String line) {
            rcptReplyAuthenticated = Objects.requireNonNull(line);
            return this;
        }

        /** The addresses {@code user} may send as once logged in; MAIL FROM any other gets {@link #senderRefusedReply}. */
        public Builder senders(String user, String... addresses) {
            senders.put(user, java.util.Arrays.stream(addresses).map(a -> a.toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
            return this;
        }

        /** The refusal of a sender the user does not own; "{sender}" and "{user}" are filled in. */
        public Builder senderRefusedReply(String line) {
            senderRefusedReply = Objects.requireNonNull(line);
            return this;
        }

        public SmtpBehaviour build() {
            if (implicitTls != null && starttls != null) {
                throw new IllegalStateException("implicit TLS and STARTTLS on one port make no sense");
            }
            return new SmtpBehaviour(this);
        }
    }
}
