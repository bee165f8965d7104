package org.outboxdoctor.practice;

import java.util.List;

/**
 * The shape of {@code scenarios.json}, as Gson reads it. Missing fields are null and take the defaults
 * documented in the file's comment; {@link PracticeCatalog} checks everything when it loads.
 */
final class ScenarioData {
    private ScenarioData() {
    }

    static final class CatalogFile {
        List<String> comment;
        Base base;
        List<Scenario> scenarios;
    }

    /** What every scenario shares: the account, the provider's names, the public address, the lists asked. */
    static final class Base {
        String address;
        String password;
        String wrongPassword;
        String server;
        String publicIp;
        Integer timeoutSeconds;
        List<DnsRecord> dns;
        List<String> blocklists;
    }

    static final class Scenario {
        String id;
        Expected expected;
        MailProgram mailProgram;
        World world;
    }

    static final class Expected {
        String top;
        List<String> also;
        Integer exit;
    }

    /** The mail program's settings as the trainee finds them. */
    static final class MailProgram {
        String server;
        Integer port;
        String security;
        Boolean auth;
        /** "right" or "wrong". */
        String password;
    }

    static final class World {
        /** Standard ports served by GreenMail: 25/587/2525 SMTP, 465 SMTPS, 143 IMAP, 993 IMAPS, 110 POP3, 995 POP3S. */
        List<Integer> greenmail;
        /** The certificate GreenMail's TLS ports present (default "mail"). */
        String greenmailCertificate;
        List<Scripted> scripted;
        /** Standard ports that drop connection attempts (a filter); every port not served is refused. */
        List<Integer> blackholed;
        Dns dns;
        String publicIp;
        List<Listing> listed;
        Attachment attachment;
        Integer timeoutSeconds;
    }

    /** A scripted SMTP server on some standard ports; every field maps to an {@link SmtpBehaviour} option. */
    static final class Scripted {
        List<Integer> ports;
        /** "none" (default), "starttls" or "implicit". */
        String tls;
        /** A practice certificate: "mail" (default), "other-name", "self-signed", "antivirus". */
        String certificate;
        String greeting;
        String ehloName;
        String connectReplyAndClose;
        Boolean garbageGreeting;
        Boolean silent;
        Long size;
        String authMechanisms;
        Boolean authBeforeTls;
        Boolean requireTlsForMail;
        String authReply;
        String unauthenticatedRcptReply;
        String mailFromReplyAuthenticated;
        String rcptReplyAuthenticated;
        /** Whether AUTH accepts the practice account (default true). */
        Boolean knowsAccount;
    }

    static final class Dns {
        List<DnsRecord> records;
        /** Names whose base records are removed (they do not exist: NXDOMAIN). */
        List<String> remove;
        /** Names whose questions are never answered. */
        List<String> drop;
        /** No question at all is answered: this computer is offline. */
        Boolean offline;
    }

    /** One record: A/AAAA "address", CNAME "target", MX "preference host", TXT "text", SRV "priority weight port target". */
    static final class DnsRecord {
        String name;
        String type;
        String value;
    }

    /** A blocklist that lists the public address, with its answer and its TXT reason. */
    static final class Listing {
        String zone;
        String answer;
        String reason;
    }

    static final class Attachment {
        String name;
        Long bytes;
    }
}
