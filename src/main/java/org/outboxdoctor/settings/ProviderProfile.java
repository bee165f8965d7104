package org.outboxdoctor.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a mail provider expects, as data (resources/org/outboxdoctor/providers/*.json): its outgoing
 * servers in order of preference, its incoming servers, the user-name form, its sending limits and
 * how it bans. "{domain}" in a host stands for the address's domain, "{server}" for the server the
 * user typed.
 *
 * @param mxSuffixes a domain whose MX hosts end with one of these is hosted by this provider
 * @param username "address" (the whole address) or "localpart"
 * @param limits named numbers, e.g. messagesPerDayPerMailbox, messageMegabytes (absent when unknown)
 * @param bans how the provider bans an address, in plain words
 */
public record ProviderProfile(String id, String name, List<String> mxSuffixes, List<Server> outgoing,
                              List<Server> incoming, String username, Map<String, Long> limits, String bans, String help) {

    public ProviderProfile {
        mxSuffixes = mxSuffixes == null ? List.of() : List.copyOf(mxSuffixes);
        outgoing = outgoing == null ? List.of() : List.copyOf(outgoing);
        incoming = incoming == null ? List.of() : List.copyOf(incoming);
        limits = limits == null ? Map.of() : Map.copyOf(limits);
        username = username == null ? "address" : username;
        bans = bans == null ? "" : bans;
        help = help == null ? "" : help;
    }

    /** The outgoing servers for this address, in the provider's order of preference. */
    public List<Server> outgoingFor(EmailAddress address, String typedServer) {
        return outgoing.stream().map(s -> s.expand(address.domain(), typedServer)).toList();
    }

    public List<Server> incomingFor(EmailAddress address, String typedServer) {
        return incoming.stream().map(s -> s.expand(address.domain(), typedServer)).toList();
    }

    public boolean hostsMx(String mxHost) {
        String host = mxHost.toLowerCase(Locale.ROOT);
        return mxSuffixes.stream().anyMatch(suffix -> host.equals(suffix) || host.endsWith("." + suffix));
    }

    public Optional<Long> limit(String name) {
        return Optional.ofNullable(limits.get(name));
    }

    public String usernameFor(EmailAddress address) {
        return "localpart".equals(username) ? address.localPart() : address.toString();
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
}
