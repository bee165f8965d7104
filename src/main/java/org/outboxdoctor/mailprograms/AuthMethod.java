package org.outboxdoctor.mailprograms;

import java.util.Locale;

/** How a mail program logs in to the outgoing server. The word is the stable name in `mailprograms --json`. */
public enum AuthMethod {
    NONE("none"),
    /** A password sent as it is (protected only by the connection's encryption): Thunderbird's "Normal password". */
    NORMAL_PASSWORD("password"),
    /** A password proven by a challenge (CRAM-MD5): Thunderbird's "Encrypted password". */
    ENCRYPTED_PASSWORD("encrypted-password"),
    /** Some password login whose kind the program does not record (Outlook, Apple Mail). */
    PASSWORD("password-any"),
    GSSAPI("kerberos"),
    NTLM("ntlm"),
    TLS_CERTIFICATE("tls-certificate"),
    ANY_SECURE("any-secure"),
    OAUTH2("oauth2"),
    UNKNOWN("unknown");

    private final String word;

    AuthMethod(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether the program logs in at all. */
    public boolean logsIn() {
        return this != NONE;
    }

    /** Thunderbird's authMethod (nsMsgAuthMethod): 1 none, 3 cleartext, 4 encrypted, 5 GSSAPI, 6 NTLM, 7 TLS cert, 9 any secure, 10 OAuth2. */
    static AuthMethod fromThunderbird(int value) {
        switch (value) {
            case 1: return NONE;
            case 3: return NORMAL_PASSWORD;
            case 4: return ENCRYPTED_PASSWORD;
            case 5: return GSSAPI;
            case 6: return NTLM;
            case 7: return TLS_CERTIFICATE;
            case 9: return ANY_SECURE;
            case 10: return OAUTH2;
            default: return UNKNOWN;
        }
    }

    /** Apple Mail's "authentication" of a delivery account, as AppleScript writes it. */
    static AuthMethod fromAppleMail(String word) {
        switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "none": return NONE;
            case "password": return NORMAL_PASSWORD;
            case "md5": case "apop": return ENCRYPTED_PASSWORD;
            case "kerberos 5": return GSSAPI;
            case "ntlm": return NTLM;
            case "external": return TLS_CERTIFICATE;
            // Mail's sign-in through the provider's own page (Google, Microsoft, Yahoo, iCloud) is OAuth2
            case "apple token": return OAUTH2;
            default: return UNKNOWN;
        }
    }
}
