package org.outboxdoctor.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a provider lets mail programs sign in to send, as a profile's "signIn" list names it. */
public enum SignInPolicy {
    /** The account's normal password works. */
    PASSWORD("password"),
    /** Only a password made for one program (an app password) works; the normal one is refused. */
    APP_PASSWORD("app-password"),
    /** No password works at all: the program must sign in through the provider's own page (OAuth). */
    OAUTH_ONLY("oauth-only"),
    /** The provider's page (OAuth), or an app password where the account can make one. */
    OAUTH_OR_APP_PASSWORD("oauth-or-app-password");

    private final String word;

    SignInPolicy(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** True when the account's normal password is refused by this policy. */
    public boolean refusesNormalPassword() {
        return this != PASSWORD;
    }

    public static Optional<SignInPolicy> parse(String word) {
        String w = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.word.equals(w)).findFirst();
    }
}
