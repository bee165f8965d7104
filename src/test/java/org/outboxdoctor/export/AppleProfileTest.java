package org.outboxdoctor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.PropertyListParser;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.Security;

class AppleProfileTest {

    /** Reads the profile back with the same property list library, as a device would. */
    private static NSDictionary parse(HandOver handOver) throws Exception {
        return (NSDictionary) PropertyListParser.parse(AppleProfile.bytes(handOver));
    }

    private static NSDictionary mailPayload(NSDictionary profile) {
        NSArray content = (NSArray) profile.get("PayloadContent");
        assertEquals(1, content.count());
        return (NSDictionary) content.objectAtIndex(0);
    }

    private static String string(NSDictionary d, String key) {
        assertTrue(d.containsKey(key), "missing " + key);
        return d.get(key).toString();
    }

    private static boolean bool(NSDictionary d, String key) {
        return ((NSNumber) d.get(key)).boolValue();
    }

    private static int number(NSDictionary d, String key) {
        return ((NSNumber) d.get(key)).intValue();
    }

    @Test
    void theConfigurationPayloadCarriesOneMailPayloadWithEveryDocumentedKey() throws Exception {
        NSDictionary profile = parse(Samples.imapAccount());
        assertEquals("Configuration", string(profile, "PayloadType"));
        assertEquals(1, number(profile, "PayloadVersion"));
        assertFalse(bool(profile, "PayloadRemovalDisallowed"));
        assertEquals("Outbox Doctor", string(profile, "PayloadOrganization"));
        assertTrue(string(profile, "PayloadDescription").contains("no password"));
        UUID.fromString(string(profile, "PayloadUUID"));

        NSDictionary mail = mailPayload(profile);
        assertEquals("com.apple.mail.managed", string(mail, "PayloadType"));
        assertEquals(1, number(mail, "PayloadVersion"));
        UUID.fromString(string(mail, "PayloadUUID"));
        assertEquals("EmailTypeIMAP", string(mail, "EmailAccountType"));
        assertEquals("jane@domain.example", string(mail, "EmailAddress"));
        assertEquals("Jane Doe", string(mail, "EmailAccountName"));
        assertEquals("Mail account jane@domain.example, settings checked by Outbox Doctor", string(mail, "EmailAccountDescription"));
        assertEquals("imap.domain.example", string(mail, "IncomingMailServerHostName"));
        assertEquals(993, number(mail, "IncomingMailServerPortNumber"));
        assertTrue(bool(mail, "IncomingMailServerUseSSL"));
        assertEquals("EmailAuthPassword", string(mail, "IncomingMailServerAuthentication"));
        assertEquals("jane@domain.example", string(mail, "IncomingMailServerUsername"));
        assertEquals("smtp.domain.example", string(mail, "OutgoingMailServerHostName"));
        assertEquals(465, number(mail, "OutgoingMailServerPortNumber"));
        assertTrue(bool(mail, "OutgoingMailServerUseSSL"));
        assertEquals("EmailAuthPassword", string(mail, "OutgoingMailServerAuthentication"));
        assertEquals("jane@domain.example", string(mail, "OutgoingMailServerUsername"));
        assertTrue(bool(mail, "OutgoingPasswordSameAsIncomingPassword"));
        assertNull(mail.get("IncomingPassword"));
        assertNull(mail.get("OutgoingPassword"));
    }

    @Test
    void popWithStartTlsAndAnotherSendingUser() throws Exception {
        NSDictionary mail = mailPayload(parse(Samples.popAccount()));
        assertEquals("EmailTypePOP", string(mail, "EmailAccountType"));
        assertEquals("pop.domain.example", string(mail, "IncomingMailServerHostName"));
        assertEquals(110, number(mail, "IncomingMailServerPortNumber"));
        assertTrue(bool(mail, "IncomingMailServerUseSSL"), "STARTTLS is encryption: Apple's UseSSL is on");
        assertEquals("jane", string(mail, "IncomingMailServerUsername"));
        assertEquals(587, number(mail, "OutgoingMailServerPortNumber"));
        assertEquals("smtp-user-7", string(mail, "OutgoingMailServerUsername"));
        assertFalse(bool(mail, "OutgoingPasswordSameAsIncomingPassword"));
        assertFalse(mail.containsKey("EmailAccountName"), "no name known: the device asks");
    }

    @Test
    void aRelayWithoutLoginSaysEmailAuthNoneAndNoUser() throws Exception {
        NSDictionary mail = mailPayload(parse(Samples.openRelay()));
        assertEquals("EmailAuthNone", string(mail, "OutgoingMailServerAuthentication"));
        assertFalse(bool(mail, "OutgoingMailServerUseSSL"));
        assertEquals(25, number(mail, "OutgoingMailServerPortNumber"));
        assertFalse(mail.containsKey("OutgoingMailServerUsername"));
    }

    @Test
    void identifiersStayTheSameForAnAddressSoANewProfileReplacesTheOld() throws Exception {
        NSDictionary first = parse(Samples.imapAccount());
        NSDictionary again = parse(HandOver.of("JANE@domain.example", "Other", new Outgoing("other.example", 587,
                Security.STARTTLS, "x", true), Optional.of(Samples.imaps())));
        NSDictionary other = parse(HandOver.of("john@domain.example", "", Samples.smtps(), Optional.of(Samples.imaps())));
        for (String key : new String[] {"PayloadIdentifier", "PayloadUUID"}) {
            assertEquals(string(first, key), string(again, key));
            assertEquals(string(mailPayload(first), key), string(mailPayload(again), key));
            assertNotEquals(string(first, key), string(other, key));
        }
        assertNotEquals(string(first, "PayloadUUID"), string(mailPayload(first), "PayloadUUID"));
        assertTrue(string(first, "PayloadIdentifier").startsWith("org.outboxdoctor.mail."));
    }

    @Test
    void practiceProfilesSayPracticeAndTheScenarioAndNeverReplaceARealAccount() throws Exception {
        NSDictionary real = parse(Samples.imapAccount());
        NSDictionary practice = parse(Samples.imapAccount().asPractice("healthy"));
        assertTrue(string(practice, "PayloadDisplayName").startsWith("PRACTICE healthy:"), string(practice, "PayloadDisplayName"));
        assertTrue(string(mailPayload(practice), "EmailAccountDescription").contains("PRACTICE healthy"));
        assertNotEquals(string(real, "PayloadIdentifier"), string(practice, "PayloadIdentifier"));
    }

    @Test
    void specialCharactersAreEscapedNotBroken() throws Exception {
        HandOver odd = HandOver.of("o'brien+tag@domain.example", "A <B> & \"C\"", Samples.smtps(), Optional.of(Samples.imaps()));
        assertEquals("A <B> & \"C\"", string(mailPayload(parse(odd)), "EmailAccountName"));
    }

    @Test
    void withoutAnIncomingServerThereIsNoProfile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppleProfile.bytes(Samples.outgoingOnly()));
        assertTrue(e.getMessage().contains("incoming server"));
    }
}
