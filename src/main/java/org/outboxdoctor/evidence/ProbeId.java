package org.outboxdoctor.evidence;

import java.util.Locale;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/**
 * Which probe something is about: the engine names a probe with it in progress events, the diagnosis in its
 * judgements, the reports in their rows. {@link #key()} is its stable text form ("smtp-587", "login-imap-993")
 * for JSON and node ids; it is made here and never parsed back.
 */
public sealed interface ProbeId {

    /** The stable text form: {@code dns}, {@code dns-mx}, {@code smtp-587}, {@code login-imap-993}, {@code public-ip}, {@code dnsbl}. */
    String key();

    /** The outgoing server's name looked up in DNS. */
    record ServerName() implements ProbeId {
        @Override
        public String key() {
            return "dns";
        }
    }

    /** The MX lookup of the address's domain. */
    record MailExchanger() implements ProbeId {
        @Override
        public String key() {
            return "dns-mx";
        }
    }

    /** One SMTP port of the checked host (or the provider's alternative server). */
    record SmtpPort(int port) implements ProbeId {
        public static SmtpPort of(SmtpPortResult result) {
            return new SmtpPort(result.port());
        }

        @Override
        public String key() {
            return "smtp-" + port;
        }
    }

    /** A login to read mail, by IMAP or POP3, on one port. */
    record MailboxLogin(MailboxProtocol protocol, int port) implements ProbeId {
        public static MailboxLogin of(LoginResult result) {
            return new MailboxLogin(MailboxProtocol.valueOf(result.protocol().toUpperCase(Locale.ROOT)), result.port());
        }

        @Override
        public String key() {
            return "login-" + protocol.provider() + "-" + port;
        }
    }

    /** This computer's public address, as "what is my address" services see it. */
    record PublicAddress() implements ProbeId {
        @Override
        public String key() {
            return "public-ip";
        }
    }

    /** Every blocklist asked about the public address, as one probe. */
    record Blocklists() implements ProbeId {
        @Override
        public String key() {
            return "dnsbl";
        }
    }

    /** One blocklist zone asked about one address. */
    record BlocklistZone(String zone, String ip) implements ProbeId {
        @Override
        public String key() {
            return "dnsbl-" + zone;
        }
    }

    ProbeId SERVER_NAME = new ServerName();
    ProbeId MAIL_EXCHANGER = new MailExchanger();
    ProbeId PUBLIC_ADDRESS = new PublicAddress();
    ProbeId BLOCKLISTS = new Blocklists();
}
