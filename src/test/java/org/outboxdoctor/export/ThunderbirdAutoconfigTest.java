package org.outboxdoctor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.Security;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class ThunderbirdAutoconfigTest {

    private static Document parse(HandOver handOver) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(ThunderbirdAutoconfig.bytes(handOver)));
    }

    /** The element children of an element, by name, in document order. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), name + " in " + parent.getTagName());
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return only(parent, name).getTextContent();
    }

    /** One server element with every field a password login has. */
    private static void assertServer(Element server, String type, String host, String port, String socketType, String user) {
        assertEquals(type, server.getAttribute("type"));
        assertEquals(host, text(server, "hostname"));
        assertEquals(port, text(server, "port"));
        assertEquals(socketType, text(server, "socketType"));
        assertEquals(user, text(server, "username"));
        assertEquals("password-cleartext", text(server, "authentication"));
    }

    /** The ISPDB structure: clientConfig version 1.1 > emailProvider id > domain, names, servers. */
    private static Element provider(Document doc, String domain) {
        Element config = doc.getDocumentElement();
        assertEquals("clientConfig", config.getTagName());
        assertEquals("1.1", config.getAttribute("version"));
        Element provider = only(config, "emailProvider");
        assertEquals(domain, provider.getAttribute("id"));
        assertEquals(domain, text(provider, "domain"));
        assertEquals(domain, text(provider, "displayShortName"));
        return provider;
    }

    @Test
    void everyFieldOfAnImapAccountReadsBack() throws Exception {
        Element provider = provider(parse(Samples.imapAccount()), "domain.example");
        assertEquals("Mail at domain.example, settings checked by Outbox Doctor", text(provider, "displayName"));

        assertServer(only(provider, "incomingServer"), "imap", "imap.domain.example", "993", "SSL", "%EMAILADDRESS%");
        assertServer(only(provider, "outgoingServer"), "smtp", "smtp.domain.example", "465", "SSL", "%EMAILADDRESS%");
    }

    @Test
    void popStartTlsTheLocalPartAndAnOtherUserName() throws Exception {
        Element provider = provider(parse(Samples.popAccount()), "domain.example");
        assertServer(only(provider, "incomingServer"), "pop3", "pop.domain.example", "110", "STARTTLS", "%EMAILLOCALPART%");
        // a user name unlike the address is written as it is
        assertServer(only(provider, "outgoingServer"), "smtp", "mail.domain.example", "587", "STARTTLS", "smtp-user-7");
    }

    @Test
    void aRelayWithoutLoginIsPlainWithAuthenticationNone() throws Exception {
        Element out = only(provider(parse(Samples.openRelay()), "domain.example"), "outgoingServer");
        assertEquals("plain", text(out, "socketType"));
        assertEquals("none", text(out, "authentication"));
        assertEquals(List.of(), children(out, "username"));
    }

    @Test
    void practiceFilesSayPracticeInTheDisplayName() throws Exception {
        Element provider = provider(parse(Samples.imapAccount().asPractice("tls-required")), "domain.example");
        assertEquals("PRACTICE tls-required: mail at domain.example, settings checked by Outbox Doctor", text(provider, "displayName"));
    }

    @Test
    void markupInAUserNameStaysText() throws Exception {
        HandOver odd = HandOver.of("a@domain.example", "", new Outgoing("smtp.domain.example", 587, Security.STARTTLS, "<user>&\"1\"", true), Optional.of(Samples.imaps()));
        assertEquals("<user>&\"1\"", text(only(provider(parse(odd), "domain.example"), "outgoingServer"), "username"));
    }

    @Test
    void withoutAnIncomingServerThereIsNoFile() {
        assertThrows(IllegalArgumentException.class, () -> ThunderbirdAutoconfig.bytes(Samples.outgoingOnly()));
    }
}
