package org.outboxdoctor.probe;

import java.util.Locale;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.settings.SignInMethod;

/**
 * Who logs in and sends during a run, and what.
 *
 * @param relayRecipient an address outside the provider, used only in RCPT TO (nothing is ever sent to it)
 * @param allowPlaintextAuth the user agreed to send the password over an unencrypted connection for this run
 * @param messageSize the size of the message the user wants to send, on the wire (0: none), declared with SIZE=;
 *                    the engine sets it from the run's attachment
 * @param sendTest send a short test message to the user's own address on the connection that logged in
 * @param from the address the mail program sends from (an alias, another address), the address itself when the same
 * @param password the secret that signs in: the password, or the bearer token when {@code signIn} says so
 * @param signIn whether {@code password} is a password or an OAuth token
 * @param language the language of the test message the user reads in their own inbox (the run's language)
 */
public record Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth,
                      long messageSize, boolean sendTest, String from, SignInMethod signIn, Locale language) {

    public Account {
        from = from == null || from.isBlank() ? address : from;
        signIn = signIn == null ? SignInMethod.PASSWORD : signIn;
        language = language == null ? Locale.ROOT : language;
    }

    /** An account whose test message is in English. */
    public Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth,
                   long messageSize, boolean sendTest, String from, SignInMethod signIn) {
        this(address, username, password, relayRecipient, allowPlaintextAuth, messageSize, sendTest, from, signIn, Locale.ROOT);
    }

    public Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth,
                   long messageSize, boolean sendTest, String from) {
        this(address, username, password, relayRecipient, allowPlaintextAuth, messageSize, sendTest, from,
                SignInMethod.PASSWORD);
    }

    public Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth,
                   long messageSize, boolean sendTest) {
        this(address, username, password, relayRecipient, allowPlaintextAuth, messageSize, sendTest, address);
    }

    /** Sends from another address than the one that logs in. */
    public boolean sendsAsAnother() {
        return !from.equalsIgnoreCase(address);
    }

    public static final String DEFAULT_RELAY_RECIPIENT = "outbox-doctor-relay-check@example.com";

    public Account(String address, String username, Secret password, String relayRecipient, boolean allowPlaintextAuth) {
        this(address, username, password, relayRecipient, allowPlaintextAuth, 0, false);
    }

    /** The same account, declaring a message of {@code bytes} on the wire. */
    public Account declaring(long bytes) {
        return new Account(address, username, password, relayRecipient, allowPlaintextAuth, bytes, sendTest, from, signIn,
                language);
    }

    /** The same account, logging in as {@code name}. */
    public Account loggingInAs(String name) {
        return new Account(address, name, password, relayRecipient, allowPlaintextAuth, messageSize, sendTest, from, signIn,
                language);
    }

    /** The same account, its test message written in {@code locale}'s language. */
    public Account inLanguage(Locale locale) {
        return new Account(address, username, password, relayRecipient, allowPlaintextAuth, messageSize, sendTest, from, signIn,
                locale);
    }

    /** A secret was given: a password, or a token. */
    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** Signs in with an OAuth bearer token instead of a password. */
    public boolean usesToken() {
        return signIn == SignInMethod.OAUTH_TOKEN && hasPassword();
    }
}
