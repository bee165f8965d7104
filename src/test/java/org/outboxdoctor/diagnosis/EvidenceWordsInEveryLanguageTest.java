package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.ProbeFailure;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.dnsbl.DnsblCatalog;
import org.outboxdoctor.probe.dnsbl.DnsblProbe;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.DnsblZone;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.publicip.IpObservation;
import org.outboxdoctor.testing.EvidenceFixture;
import org.outboxdoctor.testing.Probes;

/**
 * Evidence the probes keep as facts, worded here in each language: blocklist answers, how the public address was
 * seen, a mailbox certificate refused. English keeps the words scripts have read in the JSON so far.
 */
class EvidenceWordsInEveryLanguageTest {
    private static final DnsblZone ZEN = DnsblCatalog.load().select(List.of("zen.spamhaus.org")).get(0);

    private static DnsblResult answer(String... records) {
        return DnsblProbe.interpret("203.0.113.7", ZEN, new DnsLookup("7.113.0.203.zen.spamhaus.org", "A", DnsOutcome.ANSWER,
                "", List.of(records), "127.0.0.1:53", 3, ""));
    }

    private static DnsblResult failed(DnsOutcome outcome) {
        return DnsblProbe.interpret("203.0.113.7", ZEN, new DnsLookup("7.113.0.203.zen.spamhaus.org", "A", outcome,
                "REFUSED", List.of(), "127.0.0.1:53", 3000, ""));
    }

    private static String meaning(DnsblResult r, Locale locale) {
        return new EvidenceLines(locale).listingMeaning(r);
    }

    @Test
    void blocklistAnswersReadInEnglishAsBefore() {
        assertEquals("SBL: a known spam source or spam operation; listed (127.0.0.99)",
                meaning(answer("127.0.0.2", "127.0.0.99"), Locale.ENGLISH));
        assertEquals("could not check: the list refuses questions that come through a public or shared DNS resolver "
                + "(127.255.255.254)", meaning(answer("127.255.255.254"), Locale.ENGLISH));
        assertEquals("could not check: the answer 198.51.100.1 is not a blocklist answer (a resolver may be rewriting answers)",
                meaning(answer("198.51.100.1"), Locale.ENGLISH));
        assertEquals("could not check: A 7.113.0.203.zen.spamhaus.org → no answer from 127.0.0.1:53 within 3000 ms",
                meaning(failed(DnsOutcome.TIMEOUT), Locale.ENGLISH));
        assertEquals("not listed", meaning(failed(DnsOutcome.NXDOMAIN), Locale.ENGLISH));
    }

    @Test
    void blocklistAnswersReadInGerman() {
        assertEquals("SBL: eine bekannte Spam-Quelle oder ein Spam-Betrieb; eingetragen (127.0.0.99)",
                meaning(answer("127.0.0.2", "127.0.0.99"), Locale.GERMAN));
        assertEquals("nicht prüfbar: die Liste meldet zu viele Fragen von diesem DNS-Server (127.255.255.255)",
                meaning(answer("127.255.255.255"), Locale.GERMAN));
        assertEquals("Spamhaus ZEN: nicht eingetragen", new EvidenceLines(Locale.GERMAN).listingSummary(failed(DnsOutcome.NODATA)));
        List<String> facts = new EvidenceLines(Locale.GERMAN).listingFacts(answer("127.0.0.11"));
        assertTrue(facts.contains("Warum sie gefragt wird: " + ZEN.why(Locale.GERMAN)), facts.toString());
        assertTrue(facts.get(0).contains("PBL: Adressen für private Anschlüsse (von Spamhaus eingetragen)"), facts.toString());
    }

    @Test
    void everyBlocklistWordingIsTranslated() {
        List<DnsblResult> results = List.of(answer("127.0.0.2"), answer("127.0.0.42"), answer("127.255.255.252"),
                answer("127.255.255.254"), answer("127.255.255.255"), answer("127.255.255.250"), answer("10.0.0.1"),
                failed(DnsOutcome.NXDOMAIN), failed(DnsOutcome.SERVFAIL));
        for (DnsblResult r : results) {
            eachLanguageDiffers(locale -> meaning(r, locale));
        }
    }

    @Test
    void theWaysThePublicAddressWasSeenAreWordedInEachLanguage() {
        DnsLookup refused = new DnsLookup("whoami.cloudflare", "TXT", DnsOutcome.REFUSED, "NOTIMP", List.of(), "1.1.1.1", 4, "");
        DnsLookup noAddress = new DnsLookup("o-o.myaddr.l.google.com", "TXT", DnsOutcome.ANSWER, "", List.of("\"hello\""),
                "ns1.google.com", 4, "");
        IpObservation given = IpObservation.given("203.0.113.7");
        IpObservation ehlo = IpObservation.ehlo(587, "203.0.113.7");
        IpObservation cloudflare = IpObservation.missed("Cloudflare", IpObservation.Miss.NO_ANSWER, "", refused);
        IpObservation google = IpObservation.missed("Google", IpObservation.Miss.NO_ADDRESS, "", noAddress);
        IpObservation unreachable = IpObservation.missed("OpenDNS", IpObservation.Miss.UNREACHABLE, "resolver1.opendns.com", null);

        AddressLines english = new AddressLines(new EvidenceLines(Locale.ENGLISH));
        assertEquals("OpenDNS: 203.0.113.7", english.observation(IpObservation.service("OpenDNS", "203.0.113.7")));
        assertEquals("the address you gave: 203.0.113.7", english.observation(given));
        assertEquals("given", given.method(), "the JSON's stable method name");
        assertEquals("EHLO reply on port 587", ehlo.method());
        assertEquals("TXT whoami.cloudflare → refused (NOTIMP)", english.miss(cloudflare));
        assertEquals("no address in the answer: \"hello\"", english.miss(google));
        assertEquals("could not reach the service (resolver1.opendns.com)", english.miss(unreachable));

        AddressLines german = new AddressLines(new EvidenceLines(Locale.GERMAN));
        assertEquals("die EHLO-Antwort des Servers auf Port 587: 203.0.113.7", german.observation(ehlo));
        assertEquals("Internetadresse laut EHLO-Antwort des Servers auf Port 587: 203.0.113.7", german.seen(ehlo));
        assertEquals("Cloudflare: TXT whoami.cloudflare → abgelehnt (NOTIMP)", german.observation(cloudflare));
        for (IpObservation o : List.of(given, ehlo, cloudflare, google, unreachable)) {
            eachLanguageDiffers(locale -> new AddressLines(new EvidenceLines(locale)).observation(o));
        }
    }

    @Test
    void aMailboxCertificateForAnotherNameIsWorded() {
        var login = Probes.mailboxCertificateRefused(MailboxProtocol.IMAP, 993,
                Probes.certificateForOtherNames(EvidenceFixture.SERVER, "server17.sharedhost.test"));
        assertEquals("IMAP login not tried: the certificate is not valid for " + EvidenceFixture.SERVER
                + " (it names server17.sharedhost.test)", new ProbeSummaries(new EvidenceLines(Locale.ENGLISH)).mailbox(login));
        assertEquals("IMAP-Anmeldung nicht versucht: Das Zertifikat gilt nicht für " + EvidenceFixture.SERVER
                + " (es nennt server17.sharedhost.test)", new ProbeSummaries(new EvidenceLines(Locale.GERMAN)).mailbox(login));
        eachLanguageDiffers(locale -> new ProbeSummaries(new EvidenceLines(locale)).mailbox(login));
    }

    @Test
    void theStepsOfAConversationAreWordedButCommandsStay() {
        var handshake = new ProbeFailure(FailureKind.TLS_FAILED, "TLS handshake",
                "mail.example.test", 993, "PKIX path building failed", 0);
        assertEquals("TLS handshake with mail.example.test:993 failed: PKIX path building failed",
                new EvidenceLines(Locale.ENGLISH).failure(handshake));
        assertEquals("TLS-Verbindungsaufbau mit mail.example.test:993 fehlgeschlagen: PKIX path building failed",
                new EvidenceLines(Locale.GERMAN).failure(handshake));
        var ehlo = new ProbeFailure(FailureKind.CLOSED, "EHLO",
                "mail.example.test", 587, "", 0);
        assertEquals("mail.example.test:587 a fermé la connexion pendant EHLO", new EvidenceLines(Locale.FRENCH).failure(ehlo));
        for (String step : List.of("connect", "login", "greeting", "reading the reply")) {
            var closed = new ProbeFailure(FailureKind.CLOSED, step,
                    "mail.example.test", 587, "", 0);
            eachLanguageDiffers(locale -> new EvidenceLines(locale).failure(closed));
        }
    }

    private static void eachLanguageDiffers(Function<Locale, String> words) {
        String english = words.apply(Locale.ENGLISH);
        for (Language language : List.of(Language.DE, Language.FR, Language.ES)) {
            assertNotEquals(english, words.apply(language.locale()), language + " still reads English: " + english);
        }
    }
}
