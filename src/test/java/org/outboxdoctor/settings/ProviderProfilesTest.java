package org.outboxdoctor.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every shipped profile loads with its servers, MX suffixes and dated sign-in policy; a broken one stops the load. */
class ProviderProfilesTest {
    private static final ProviderCatalog CATALOG = ProviderCatalog.load();

    @ParameterizedTest
    @CsvSource({
            "google, aspmx.l.google.com, smtp.gmail.com, imap.gmail.com",
            "google, alt1.aspmx.l.googlemail.com, smtp.gmail.com, imap.gmail.com",
            "microsoft365, contoso-com.mail.protection.outlook.com, smtp.office365.com, outlook.office365.com",
            "outlookcom, hotmail-com.olc.protection.outlook.com, smtp-mail.outlook.com, outlook.office365.com",
            "yahoo, mta5.am0.yahoodns.net, smtp.mail.yahoo.com, imap.mail.yahoo.com",
            "aol, mx-aol.mail.gm0.yahoodns.net, smtp.aol.com, imap.aol.com",
            "icloud, mx01.mail.icloud.com, smtp.mail.me.com, imap.mail.me.com",
            "zoho, mx.zoho.eu, smtp.zoho.com, imap.zoho.com",
            "fastmail, in1-smtp.messagingengine.com, smtp.fastmail.com, imap.fastmail.com",
            "gmx, mx00.emig.gmx.net, mail.gmx.net, imap.gmx.net",
            "webde, mx-ha03.web.de, smtp.web.de, imap.web.de",
            "ionos, mx00.ionos.de, smtp.ionos.de, imap.ionos.de",
            "godaddy, smtp.secureserver.net, smtpout.secureserver.net, imap.secureserver.net",
            "ovh, mx1.mail.ovh.net, ssl0.ovh.net, ssl0.ovh.net",
            "stackmail, mx.stackmail.com, smtp.stackmail.com, imap.stackmail.com"})
    void eachProfileIsFoundByItsMxAndNamesItsServers(String id, String mxHost, String smtp, String imap) {
        ProviderProfile profile = CATALOG.byMx(List.of(mxHost)).orElseThrow();

        assertEquals(id, profile.id(), mxHost);
        EmailAddress address = EmailAddress.parse("someone@example.test");
        assertEquals(smtp, profile.outgoingFor(address, "mail.example.test").get(0).host());
        assertEquals(imap, profile.incomingFor(address, "mail.example.test").get(0).host());
        assertTrue(profile.outgoing().stream().allMatch(s -> s.port() > 0 && s.securityMode() != Security.NONE));
        assertFalse(profile.signIn().isEmpty(), id + " has a sign-in policy");
        profile.signIn().forEach(p -> assertTrue(p.start().getYear() >= 1970));
    }

    @Test
    void everyShippedProfileHasAPolicyAndItsSources() {
        List<String> ids = CATALOG.all().stream().map(ProviderProfile::id).toList();
        assertTrue(ids.containsAll(List.of("google", "microsoft365", "outlookcom", "yahoo", "aol", "icloud", "zoho",
                "fastmail", "gmx", "webde", "ionos", "godaddy", "ovh", "stackmail", "generic")), ids::toString);
        for (ProviderProfile p : CATALOG.all()) {
            if (!p.id().startsWith("test") && !p.id().equals("generic")) {
                assertFalse(p.sources().isEmpty(), p.id() + " names its sources");
                assertFalse(p.mxSuffixes().isEmpty(), p.id());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "microsoft365, 2026-12-30, password, 2026-12-31, oauth-only",
            "outlookcom, 2024-09-15, password, 2024-09-16, oauth-only",
            "google, 2022-05-29, password, 2022-05-30, oauth-or-app-password",
            "icloud, 2017-06-14, password, 2017-06-15, app-password"})
    void thePolicyChangesOnTheDayOfTheSwitch(String id, String before, String policyBefore, String after, String policyAfter) {
        ProviderProfile profile = CATALOG.require(id);

        assertEquals(policyBefore, profile.policyOn(LocalDate.parse(before)).word());
        assertEquals(policyAfter, profile.policyOn(LocalDate.parse(after)).word());
        assertNotEquals(profile.policyOn(LocalDate.parse(before)), profile.policyOn(LocalDate.parse(after)));
        assertEquals(LocalDate.parse(after), profile.nextChangeAfter(LocalDate.parse(before)).orElseThrow().start());
    }

    @Test
    void yahooAndAolNeedAnAppPasswordWhateverTheDay() {
        for (String id : List.of("yahoo", "aol")) {
            assertEquals(SignInPolicy.OAUTH_OR_APP_PASSWORD, CATALOG.require(id).policyOn(LocalDate.of(2026, 12, 1)));
            assertTrue(CATALOG.require(id).helpPages().appPasswords().startsWith("https://"));
        }
    }

    @Test
    void theBigProvidersNameTheScopesATokenForMailNeeds() {
        assertTrue(CATALOG.require("google").oauth().scopes().contains("https://mail.google.com/"));
        for (String id : List.of("microsoft365", "outlookcom")) {
            assertTrue(CATALOG.require(id).oauth().scopes().contains("https://outlook.office.com/SMTP.Send"), id);
            assertTrue(CATALOG.require(id).oauth().tokenEndpoint().startsWith("https://login.microsoftonline.com/"), id);
        }
    }

    @Test
    void iCloudSaysWhichAddressToLogInWith() {
        assertTrue(CATALOG.require("icloud").usernameNote().contains("@icloud.com"));
    }

    private static final String GOOD = """
            {"id": "x", "name": "X", "mxSuffixes": ["x.test"],
             "outgoing": [{"host": "smtp.x.test", "port": 587, "security": "starttls"}],
             "incoming": [{"protocol": "imap", "host": "imap.x.test", "port": 993, "security": "tls"}],
             "username": "address",
             "signIn": [{"from": "2026-12-31", "policy": "oauth-only"}],
             "helpPages": {"appPasswords": "https://x.test/app", "smtpAuth": "", "signIn": ""},
             "oauth": {"authorizationEndpoint": "https://login.x.test/authorize", "tokenEndpoint": "https://login.x.test/token",
                       "scopes": ["https://mail.x.test/"], "clientId": ""},
             "sources": ["https://x.test/help"]}
            """;

    @Test
    void aGoodProfileParses() {
        ProviderProfile p = ProviderCatalog.parse(new StringReader(GOOD), "x.json");
        assertEquals(SignInPolicy.OAUTH_ONLY, p.policyOn(LocalDate.of(2027, 1, 1)));
        assertEquals(SignInPolicy.PASSWORD, p.policyOn(LocalDate.of(2026, 1, 1)), "before any entry: password");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"port\": 587|\"port\": 70000|outgoing[0].port",
            "\"port\": 587|\"port\": 0|outgoing[0].port",
            "\"security\": \"starttls\"|\"security\": \"ssl-please\"|outgoing[0].security",
            "\"policy\": \"oauth-only\"|\"policy\": \"magic\"|signIn[0].policy",
            "\"from\": \"2026-12-31\"|\"from\": \"31.12.2026\"|signIn[0].from",
            "\"from\": \"2026-12-31\"|\"from\": \"2026-02-30\"|signIn[0].from",
            "https://x.test/app|http://x.test/app|helpPages.appPasswords",
            "https://x.test/help|x.test/help|sources[0]",
            "\"username\": \"address\"|\"username\": \"email\"|username",
            "\"protocol\": \"imap\"|\"protocol\": \"jmap\"|incoming[0].protocol",
            "https://login.x.test/token|http://login.x.test/token|oauth.tokenEndpoint",
            "\"authorizationEndpoint\": \"https://login.x.test/authorize\", |\"authorizationEndpoint\": \"\", |oauth.authorizationEndpoint",
            "[\"https://mail.x.test/\"]|[]|oauth.scopes",
            "[\"https://mail.x.test/\"]|[\"mail read\"]|oauth.scopes[0]",
            "\"name\": \"X\",|\"name\": \"\",|name",
            "\"id\": \"x\",|\"id\": \"X Y\",|id",
            "\"host\": \"smtp.x.test\", |\"host\": \"smtp x\", |outgoing[0].host",
            "\"host\": \"smtp.x.test\", |\"host\": \"smtp.x.test\", \"protocol\": \"imap\", |outgoing[0].protocol",
            "\"host\": \"smtp.x.test\", \"port\": 587, \"security\": \"starttls\"|\"host\": \"smtp.x.test\", \"port\": 587|outgoing[0].security"})
    void aBrokenProfileNamesTheFileAndTheField(String good, String broken, String field) {
        String json = GOOD.replace(good, broken);
        assertNotEquals(GOOD, json, "the test changes the profile");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProviderCatalog.parse(new StringReader(json), "broken.json"));

        assertTrue(e.getMessage().contains("broken.json"), e::getMessage);
        assertTrue(e.getMessage().contains(field), e::getMessage);
    }

    @Test
    void notJsonAtAllIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProviderCatalog.parse(new StringReader("{\"id\": \"x\", \"outgoing\": [}"), "bad.json"));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("not valid JSON"), e::getMessage);
        assertThrows(IllegalStateException.class, () -> ProviderCatalog.parse(new StringReader(""), "empty.json"));
        assertThrows(IllegalStateException.class,
                () -> ProviderCatalog.parse(new StringReader(GOOD.replace("\"limits\"", "x")
                        .replace("\"username\": \"address\",", "\"username\": \"address\", \"limits\": {\"messageMegabytes\": -1},")),
                        "limits.json"));
        assertEquals(Map.of(), ProviderCatalog.parse(new StringReader(GOOD), "x.json").limits());
    }
}
