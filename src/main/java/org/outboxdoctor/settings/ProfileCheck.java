package org.outboxdoctor.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one provider profile as it loads, so a broken file stops the app at start with its name and the field at
 * fault, instead of a null or a bad port surfacing in the middle of a customer's run.
 */
final class ProfileCheck {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9{}.-]+");
    private static final Set<String> SECURITY_WORDS = Set.of("none", "starttls", "tls");
    private static final Set<String> INCOMING_PROTOCOLS = Set.of("imap", "pop3");
    private static final Set<String> USERNAME_RULES = Set.of("address", "localpart");
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    private final String file;

    private ProfileCheck(String file) {
        this.file = file;
    }

    static ProviderProfile check(ProviderProfile p, String file) {
        if (p == null) {
            throw new IllegalStateException("the provider profile " + file + " is empty");
        }
        new ProfileCheck(file).all(p);
        return p;
    }

    private void all(ProviderProfile p) {
        require(p.id() != null && ID.matcher(p.id()).matches(), "id", "must be lower-case letters, digits and dashes");
        require(p.name() != null && !p.name().isBlank(), "name", "is missing");
        for (int i = 0; i < p.mxSuffixes().size(); i++) {
            String suffix = p.mxSuffixes().get(i);
            require(suffix != null && !suffix.isBlank() && HOST.matcher(suffix).matches(), "mxSuffixes[" + i + "]", "is not a host name");
        }
        require(!p.outgoing().isEmpty(), "outgoing", "lists no server");
        servers(p.outgoing(), "outgoing", false);
        servers(p.incoming(), "incoming", true);
        require(USERNAME_RULES.contains(p.username()), "username", "must be \"address\" or \"localpart\", not \"" + p.username() + "\"");
        p.limits().forEach((name, value) -> require(value != null && value > 0, "limits." + name, "must be a positive number"));
        for (int i = 0; i < p.signIn().size(); i++) {
            period(p.signIn().get(i), "signIn[" + i + "]");
        }
        https(p.help(), "help");
        https(p.helpPages().appPasswords(), "helpPages.appPasswords");
        https(p.helpPages().smtpAuth(), "helpPages.smtpAuth");
        https(p.helpPages().signIn(), "helpPages.signIn");
        if (p.oauth() != null) {
            oauth(p.oauth());
        }
        for (int i = 0; i < p.sources().size(); i++) {
            require(isHttps(p.sources().get(i)), "sources[" + i + "]", "must be an https:// address");
        }
    }

    private void servers(List<ProviderProfile.Server> servers, String field, boolean incoming) {
        for (int i = 0; i < servers.size(); i++) {
            ProviderProfile.Server s = servers.get(i);
            String at = field + "[" + i + "]";
            require(s != null, at, "is empty");
            require(s.host() != null && HOST.matcher(s.host()).matches(), at + ".host", "is not a host name");
            require(s.port() >= 1 && s.port() <= 65535, at + ".port", "must be a number from 1 to 65535, not " + s.port());
            require(s.security() != null && SECURITY_WORDS.contains(s.security()), at + ".security",
                    "must be one of none, starttls, tls, not \"" + s.security() + "\"");
            if (incoming) {
                require(s.protocol() != null && INCOMING_PROTOCOLS.contains(s.protocol()), at + ".protocol", "must be imap or pop3");
            } else {
                require(s.protocol() == null || "smtp".equals(s.protocol()), at + ".protocol", "must be smtp or absent");
            }
        }
    }

    private void period(ProviderProfile.PolicyPeriod period, String at) {
        require(period != null && period.from() != null, at + ".from", "is missing");
        try {
            LocalDate.parse(period.from());
        } catch (DateTimeParseException e) {
            throw broken(at + ".from", "must be a date like 2026-12-31, not \"" + period.from() + "\"");
        }
        require(SignInPolicy.parse(period.policy()).isPresent(), at + ".policy",
                "must be one of password, app-password, oauth-only, oauth-or-app-password, not \"" + period.policy() + "\"");
    }

    /** An OAuth client needs both endpoints and at least one scope: a token asked for without one cannot read mail. */
    private void oauth(ProviderProfile.OAuthClient o) {
        require(isHttps(o.authorizationEndpoint()), "oauth.authorizationEndpoint", "must be an https:// address");
        require(isHttps(o.tokenEndpoint()), "oauth.tokenEndpoint", "must be an https:// address");
        require(!o.scopes().isEmpty(), "oauth.scopes", "lists no scope");
        for (int i = 0; i < o.scopes().size(); i++) {
            String scope = o.scopes().get(i);
            require(scope != null && SCOPE.matcher(scope).matches(), "oauth.scopes[" + i + "]",
                    "must be one scope without spaces (RFC 6749 section 3.3)");
        }
    }

    private void https(String url, String field) {
        require(url == null || url.isEmpty() || isHttps(url), field, "must be an https:// address, not \"" + url + "\"");
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    private void require(boolean ok, String field, String problem) {
        if (!ok) {
            throw broken(field, problem);
        }
    }

    private IllegalStateException broken(String field, String problem) {
        return new IllegalStateException("the provider profile " + file + " is broken: " + field + " " + problem);
    }
}
