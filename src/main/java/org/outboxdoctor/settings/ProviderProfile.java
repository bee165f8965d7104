package org.outboxdoctor.settings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a mail provider expects, as data (resources/org/outboxdoctor/providers/*.json, schema in
 * providers-and-blocklists.md): its outgoing servers in order of preference, its incoming servers, the user-name
 * form, its sending limits, how it bans, and how it lets programs sign in, by date. "{domain}" in a host stands for
 * the address's domain, "{server}" for the server the user typed. {@link ProviderCatalog} checks every field.
 *
 * @param mxSuffixes a domain whose MX hosts end with one of these is hosted by this provider
 * @param username "address" (the whole address) or "localpart"
 * @param usernameNote what else to know about the user name (e.g. which address), or empty
 * @param limits named numbers, e.g. messagesPerDayPerMailbox, messageMegabytes (absent when unknown)
 * @param bans how the provider bans an address, in plain words
 * @param signIn the sign-in policies with the day each took (or takes) effect; the latest one not after a day rules it
 * @param signInNote where the dates come from, for people maintaining the profile
 * @param helpPages the provider's own help pages (all https, each may be empty)
 * @param oauth where a program would get a sign-in token; kept for later, unused by the check today
 * @param sources where the facts in the profile come from
 */
public record ProviderProfile(String id, String name, List<String> mxSuffixes, List<Server> outgoing,
                              List<Server> incoming, String username, String usernameNote, Map<String, Long> limits,
                              String bans, String help, List<PolicyPeriod> signIn, String signInNote, HelpPages helpPages,
                              OAuthClient oauth, List<String> sources) {

    public ProviderProfile {
        mxSuffixes = mxSuffixes == null ? List.of() : List.copyOf(mxSuffixes);
        outgoing = outgoing == null ? List.of() : List.copyOf(outgoing);
        incoming = incoming == null ? List.of() : List.copyOf(incoming);
        limits = limits == null ? Map.of() : Map.copyOf(limits);
        username = username == null ? "address" : username;
        usernameNote = usernameNote == null ? "" : usernameNote;
        bans = bans == null ? "" : bans;
        help = help == null ? "" : help;
        signIn = signIn == null ? List.of() : List.copyOf(signIn);
        signInNote = signInNote == null ? "" : signInNote;
        helpPages = helpPages == null ? HelpPages.NONE : helpPages;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The outgoing servers for this address, in the provider's order of preference. */
    public List<Server> outgoingFor(EmailAddress address, String typedServer) {
        return outgoing.stream().map(s -> s.expand(address.domain(), typedServer)).toList();
    }

    public List<Server> incomingFor(EmailAddress address, String typedServer) {
        return incoming.stream().map(s -> s.expand(address.domain(), typedServer)).toList();
    }

    public boolean hostsMx(String mxHost) {
        return mxSuffixFor(mxHost).isPresent();
    }

    /** The longest of this profile's suffixes that {@code mxHost} ends with: the more specific, the surer. */
    public Optional<String> mxSuffixFor(String mxHost) {
        String host = mxHost.toLowerCase(Locale.ROOT);
        return mxSuffixes.stream().filter(suffix -> host.equals(suffix) || host.endsWith("." + suffix))
                .max(Comparator.comparingInt(String::length));
    }

    public Optional<Long> limit(String name) {
        return Optional.ofNullable(limits.get(name));
    }

    public String usernameFor(EmailAddress address) {
        return "localpart".equals(username) ? address.localPart() : address.toString();
    }

    /** The sign-in policy in force on {@code day}: the latest period starting on or before it; password before any. */
    public SignInPolicy policyOn(LocalDate day) {
        return signIn.stream().filter(p -> !p.start().isAfter(day)).max(Comparator.comparing(PolicyPeriod::start))
                .map(PolicyPeriod::policyValue).orElse(SignInPolicy.PASSWORD);
    }

    /** The next change of policy after {@code day}, if one is announced. */
    public Optional<PolicyPeriod> nextChangeAfter(LocalDate day) {
        return signIn.stream().filter(p -> p.start().isAfter(day)).min(Comparator.comparing(PolicyPeriod::start));
    }

    /**
     * @param protocol "smtp" for outgoing entries (may be absent), "imap" or "pop3" for incoming ones
     * @param note what the user should know about this server, or empty
     */
    public record Server(String protocol, String host, int port, String security, String note) {

        public Security securityMode() {
            return Security.parse(security).orElse(Security.standardFor(port));
        }

        Server expand(String domain, String typedServer) {
            return new Server(protocol == null ? "smtp" : protocol,
                    host.replace("{domain}", domain).replace("{server}", typedServer), port, security, note == null ? "" : note);
        }
    }

    /**
     * One entry of a profile's "signIn" list.
     *
     * @param from the day the policy takes effect, YYYY-MM-DD ("1970-01-01": in force as long as the profile knows)
     * @param policy one of {@link SignInPolicy}'s words
     */
    public record PolicyPeriod(String from, String policy) {
        public LocalDate start() {
            return LocalDate.parse(from);
        }

        public SignInPolicy policyValue() {
            return SignInPolicy.parse(policy).orElseThrow();
        }
    }

    /**
     * The provider's own help pages.
     *
     * @param appPasswords how to create an app password
     * @param smtpAuth how an administrator switches sending by login (SMTP AUTH) back on
     * @param signIn how to sign in with the provider's page, or clear a security hold
     */
    public record HelpPages(String appPasswords, String smtpAuth, String signIn) {
        static final HelpPages NONE = new HelpPages("", "", "");

        public HelpPages {
            appPasswords = appPasswords == null ? "" : appPasswords;
            smtpAuth = smtpAuth == null ? "" : smtpAuth;
            signIn = signIn == null ? "" : signIn;
        }
    }

    /**
     * Where a program gets an OAuth token (RFC 6749) for this provider. Room for a later step: the check does not
     * obtain tokens itself.
     */
    public record OAuthClient(String authorizationEndpoint, String tokenEndpoint, List<String> scopes, String clientId) {
        public OAuthClient {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            clientId = clientId == null ? "" : clientId;
        }
    }
}
