package org.outboxdoctor.export;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.Security;

/**
 * An Apple configuration profile (.mobileconfig) with one Mail payload ({@code com.apple.mail.managed}): opening it
 * on a Mac, iPhone or iPad sets up the account with the proven settings.
 *
 * <p>There is no password in it: Apple allows passwords only in encrypted profiles, and without one the device asks.
 * The identifiers and UUIDs are derived from the address, so installing a newer profile for the same address
 * replaces the older one instead of adding a second account. Apple's Mail payload needs an incoming server, so a
 * profile is only made when the check found one.
 */
public final class AppleProfile {
    public static final String MAIL_PAYLOAD_TYPE = "com.apple.mail.managed";
    static final String IDENTIFIER_PREFIX = "org.outboxdoctor.mail.";

    private AppleProfile() {
    }

    /** The profile as an XML property list; needs an incoming server. */
    public static byte[] bytes(HandOver handOver) {
        return plist(handOver).toXMLPropertyList().getBytes(StandardCharsets.UTF_8);
    }

    static NSDictionary plist(HandOver handOver) {
        Incoming incoming = handOver.incoming().orElseThrow(() -> InvalidSettingException.of(
                "problem.export.noIncoming", handOver.address()));
        ExportTexts texts = handOver.texts();
        String name = texts.accountName(handOver);
        Outgoing outgoing = handOver.outgoing();

        NSDictionary mail = new NSDictionary();
        mail.put("PayloadType", MAIL_PAYLOAD_TYPE);
        mail.put("PayloadVersion", 1);
        mail.put("PayloadIdentifier", identifier(handOver) + ".account");
        mail.put("PayloadUUID", uuid(handOver, "account"));
        mail.put("PayloadDisplayName", name);
        mail.put("EmailAccountDescription", name);
        if (!handOver.displayName().isEmpty()) {
            mail.put("EmailAccountName", handOver.displayName());
        }
        mail.put("EmailAccountType", incoming.protocol() == Incoming.Protocol.IMAP ? "EmailTypeIMAP" : "EmailTypePOP");
        mail.put("EmailAddress", handOver.address());
        mail.put("IncomingMailServerHostName", incoming.host());
        mail.put("IncomingMailServerPortNumber", incoming.port());
        mail.put("IncomingMailServerUseSSL", usesTls(incoming.security()));
        mail.put("IncomingMailServerAuthentication", "EmailAuthPassword");
        mail.put("IncomingMailServerUsername", incoming.username());
        mail.put("OutgoingMailServerHostName", outgoing.host());
        mail.put("OutgoingMailServerPortNumber", outgoing.port());
        mail.put("OutgoingMailServerUseSSL", usesTls(outgoing.security()));
        mail.put("OutgoingMailServerAuthentication", outgoing.auth() ? "EmailAuthPassword" : "EmailAuthNone");
        if (outgoing.auth()) {
            mail.put("OutgoingMailServerUsername", outgoing.username());
            // one password for both servers: a stale, separate sending password is the classic Apple Mail failure
            mail.put("OutgoingPasswordSameAsIncomingPassword", outgoing.username().equals(incoming.username()));
        }

        NSDictionary profile = new NSDictionary();
        profile.put("PayloadType", "Configuration");
        profile.put("PayloadVersion", 1);
        profile.put("PayloadIdentifier", identifier(handOver));
        profile.put("PayloadUUID", uuid(handOver, "profile"));
        profile.put("PayloadDisplayName", name);
        profile.put("PayloadDescription", texts.format("file.profileDescription", handOver.address()));
        profile.put("PayloadOrganization", texts.format("file.organization"));
        profile.put("PayloadRemovalDisallowed", false);
        profile.put("PayloadContent", new NSArray(mail));
        return profile;
    }

    /** Apple's UseSSL switch means "encrypt": on port 587 the device then uses STARTTLS, on 465 TLS from the start. */
    static boolean usesTls(Security security) {
        return security != Security.NONE;
    }

    /** Reverse-DNS and the same for every export of one address (of the same kind: real or practice). */
    static String identifier(HandOver handOver) {
        return IDENTIFIER_PREFIX + uuid(handOver, "profile").toLowerCase(Locale.ROOT);
    }

    /** A name-based UUID: the same address always gives the same one, so a new profile replaces the old. */
    static String uuid(HandOver handOver, String part) {
        String name = "outbox-doctor:" + (handOver.practice() ? "practice:" : "") + part + ":"
                + handOver.address().toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT);
    }
}
