package org.outboxdoctor.settings;

/**
 * How the run signs in: with the password the mail program uses, or with an OAuth bearer token (RFC 6750) that a
 * program got from the provider's sign-in page. Either way the secret is a {@link Secret}, redacted alike.
 */
public enum SignInMethod {
    PASSWORD("password"),
    OAUTH_TOKEN("oauth");

    private final String word;

    SignInMethod(String word) {
        this.word = word;
    }

    /** The word reports and {@code check --json} ({@code current.signIn}) use. */
    public String word() {
        return word;
    }
}
