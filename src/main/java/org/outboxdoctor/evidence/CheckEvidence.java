package org.outboxdoctor.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.outboxdoctor.probe.discovery.DiscoveryResult;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import org.outboxdoctor.probe.publicip.PublicIpResult;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.SignInMethod;

/**
 * Everything one run found out, in the order the probes ran. The engine fills it, the diagnosis reads it;
 * neither owns it, so a rule can be tested with evidence built by hand ({@link #builder}) as well as end to end.
 *
 * @param mx the MX lookup of the address's domain
 * @param discovery the provider profile and the outgoing servers the address should use
 * @param checkedHost the host whose ports were checked: the server the user typed, or when that does not
 *     exist, the closest known server; empty when none could be checked
 * @param alternatives the provider's own outgoing server, tried when nothing on the checked host could send
 * @param attachmentBytes the size of the file the user wants to send, -1 when none was given
 * @param delivery whether the test message arrived in the inbox, null when none was sent
 * @param authAttempts how many times the password was sent with SMTP AUTH
 * @param mailboxLogins how many times the password was sent to log in by IMAP or POP3
 * @param publicIp this computer's public address as the internet sees it
 * @param blacklists what each blocklist says about that address
 * @param finished false when the deadline or a cancel stopped probes before they ended
 * @param checkedOn the run's date: which sign-in policy the provider has in force that day
 * @param signIn whether the logins used the password or an OAuth token
 */
public record CheckEvidence(MailSettings settings, HostResolution server, DnsLookup mx, DiscoveryResult discovery,
                            String checkedHost, List<SmtpPortResult> ports, List<SmtpPortResult> alternatives,
                            List<LoginResult> logins, int connections, int authAttempts, int mailboxLogins,
                            PublicIpResult publicIp, List<DnsblResult> blacklists, long attachmentBytes,
                            Delivery delivery, long elapsedMillis, boolean finished, boolean cancelled,
                            LocalDate checkedOn, SignInMethod signIn) {

    public CheckEvidence {
        ports = List.copyOf(ports);
        alternatives = List.copyOf(alternatives);
        logins = List.copyOf(logins);
        blacklists = List.copyOf(blacklists);
        checkedOn = checkedOn == null ? LocalDate.now() : checkedOn;
        signIn = signIn == null ? SignInMethod.PASSWORD : signIn;
    }

    /** The logins signed in with an OAuth token, not a password. */
    public boolean signedInWithToken() {
        return signIn == SignInMethod.OAUTH_TOKEN && settings.auth();
    }

    /** The same evidence, with time spent before the probes (the polite pause) counted in the elapsed time. */
    public CheckEvidence afterWaiting(long waitedMillis) {
        return new CheckEvidence(settings, server, mx, discovery, checkedHost, ports, alternatives, logins, connections,
                authAttempts, mailboxLogins, publicIp, blacklists, attachmentBytes, delivery, elapsedMillis + waitedMillis,
                finished, cancelled, checkedOn, signIn);
    }

    public Optional<SmtpPortResult> port(int port) {
        return ports.stream().filter(p -> p.port() == port).findFirst();
    }

    /** The checked ports and the alternative together: everything that might send. */
    public List<SmtpPortResult> allPorts() {
        return Stream.concat(ports.stream(), alternatives.stream()).toList();
    }

    /** True when some connection reached a mail server: a provider may have counted this run. */
    public boolean reachedAServer() {
        return allPorts().stream().anyMatch(SmtpPortResult::connected)
                || logins.stream().anyMatch(login -> login.outcome() != LoginOutcome.UNREACHABLE);
    }

    public Optional<SmtpPortResult> usersPort() {
        return ports.stream().filter(SmtpPortResult::usersPort).findFirst();
    }

    /** Evidence for {@code settings} with nothing found yet; each setter adds what a probe found. */
    public static Builder builder(MailSettings settings) {
        return new Builder(settings);
    }

    /** Fills the evidence one probe at a time, as the engine learns it and as a test writes it down. */
    public static final class Builder {
        private final MailSettings settings;
        private HostResolution server;
        private DnsLookup mx;
        private DiscoveryResult discovery;
        private String checkedHost = "";
        private final List<SmtpPortResult> ports = new ArrayList<>();
        private final List<SmtpPortResult> alternatives = new ArrayList<>();
        private final List<LoginResult> logins = new ArrayList<>();
        private int connections;
        private int authAttempts;
        private int mailboxLogins;
        private PublicIpResult publicIp = PublicIpResult.none();
        private final List<DnsblResult> blacklists = new ArrayList<>();
        private long attachmentBytes = -1;
        private Delivery delivery;
        private long elapsedMillis;
        private boolean finished = true;
        private boolean cancelled;
        private LocalDate checkedOn = LocalDate.now();
        private SignInMethod signIn = SignInMethod.PASSWORD;

        private Builder(MailSettings settings) {
            this.settings = settings;
        }

        public Builder server(HostResolution value) {
            server = value;
            return this;
        }

        public Builder mx(DnsLookup value) {
            mx = value;
            return this;
        }

        public Builder discovery(DiscoveryResult value) {
            discovery = value;
            return this;
        }

        public Builder checkedHost(String value) {
            checkedHost = value == null ? "" : value;
            return this;
        }

        public Builder port(SmtpPortResult value) {
            ports.add(value);
            return this;
        }

        public Builder ports(List<SmtpPortResult> values) {
            ports.addAll(values);
            return this;
        }

        public Builder alternative(SmtpPortResult value) {
            alternatives.add(value);
            return this;
        }

        public Builder alternatives(List<SmtpPortResult> values) {
            alternatives.addAll(values);
            return this;
        }

        public Builder login(LoginResult value) {
            logins.add(value);
            return this;
        }

        public Builder logins(List<LoginResult> values) {
            logins.addAll(values);
            return this;
        }

        /** What the servers were asked: connections opened, SMTP AUTH attempts, mailbox logins. */
        public Builder counts(int connectionsOpened, int smtpAuthAttempts, int mailboxLoginAttempts) {
            connections = connectionsOpened;
            authAttempts = smtpAuthAttempts;
            mailboxLogins = mailboxLoginAttempts;
            return this;
        }

        public Builder publicIp(PublicIpResult value) {
            publicIp = value;
            return this;
        }

        public Builder blacklists(List<DnsblResult> values) {
            blacklists.addAll(values);
            return this;
        }

        public Builder attachmentBytes(long value) {
            attachmentBytes = value;
            return this;
        }

        public Builder delivery(Delivery value) {
            delivery = value;
            return this;
        }

        public Builder elapsedMillis(long value) {
            elapsedMillis = value;
            return this;
        }

        /** How the run ended: {@code finished} false when the deadline stopped probes, {@code cancelled} by the user. */
        public Builder ended(boolean allFinished, boolean wasCancelled) {
            finished = allFinished;
            cancelled = wasCancelled;
            return this;
        }

        /** The day the run happened; today unless a test or the engine's clock says otherwise. */
        public Builder checkedOn(LocalDate day) {
            checkedOn = day;
            return this;
        }

        /** How the logins signed in: the password (the default) or an OAuth token. */
        public Builder signIn(SignInMethod method) {
            signIn = method;
            return this;
        }

        public CheckEvidence build() {
            return new CheckEvidence(settings, server, mx, discovery, checkedHost, ports, alternatives, logins,
                    connections, authAttempts, mailboxLogins, publicIp, blacklists, attachmentBytes, delivery,
                    elapsedMillis, finished, cancelled, checkedOn, signIn);
        }
    }
}
