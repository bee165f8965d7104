package org.outboxdoctor.probe.login;

import java.util.Locale;

/** How the check found a server for reading mail: the word is the one `check --json` writes. */
public enum MailboxSource {
    /** The provider profile names it. */
    PROFILE,
    /** A DNS SRV record of the address's domain (RFC 6186: _imaps, _imap, _pop3s, _pop3). */
    SRV,
    /** The incomingServer of the domain's Mozilla autoconfig file. */
    AUTOCONFIG,
    /** The server the user typed for sending, tried for reading mail too. */
    USER,
    /** imap.&lt;domain&gt; or mail.&lt;domain&gt;: nobody said so, the name is only usual. */
    GUESS;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** In words for people: "found in the provider profile", "found by DNS SRV", ... */
    public String describe() {
        return switch (this) {
            case PROFILE -> "named by the provider profile";
            case SRV -> "found by DNS SRV";
            case AUTOCONFIG -> "found by autoconfig";
            case USER -> "the server you typed";
            case GUESS -> "guessed from the domain";
        };
    }
}
