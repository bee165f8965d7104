package org.outboxdoctor.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.Security;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Thunderbird autoconfig file ({@code config-v1.1.xml}, Mozilla's ISPDB format) for the address's domain. A
 * provider or helpdesk publishes it at {@code https://autoconfig.<domain>/mail/config-v1.1.xml} and every customer's
 * Thunderbird finds the right servers by itself.
 *
 * <p>The user names become Thunderbird's placeholders where they can ({@code %EMAILADDRESS%},
 * {@code %EMAILLOCALPART%}), so the file fits every address of the domain; any other user name is written as it is.
 * Thunderbird needs an incoming server in the file, so one is only made when the check found one.
 */
public final class ThunderbirdAutoconfig {
    public static final String FILE_NAME = "config-v1.1.xml";

    private ThunderbirdAutoconfig() {
    }

    /** The file as UTF-8 XML; needs an incoming server. */
    public static byte[] bytes(HandOver handOver) {
        Incoming incoming = handOver.incoming().orElseThrow(() -> InvalidSettingException.of(
                "problem.export.noIncoming", handOver.address()));
        Document doc = newDocument();
        Element config = doc.createElement("clientConfig");
        config.setAttribute("version", "1.1");
        doc.appendChild(config);
        Element provider = child(config, "emailProvider", null);
        provider.setAttribute("id", handOver.domain());
        child(provider, "domain", handOver.domain());
        ExportTexts texts = handOver.texts();
        child(provider, "displayName", texts.providerName(handOver));
        child(provider, "displayShortName", handOver.domain());

        Element in = child(provider, "incomingServer", null);
        in.setAttribute("type", incoming.protocol() == Incoming.Protocol.IMAP ? "imap" : "pop3");
        server(in, incoming.host(), incoming.port(), incoming.security(), userName(incoming.username(), handOver), true);

        Outgoing outgoing = handOver.outgoing();
        Element out = child(provider, "outgoingServer", null);
        out.setAttribute("type", "smtp");
        server(out, outgoing.host(), outgoing.port(), outgoing.security(),
                outgoing.auth() ? userName(outgoing.username(), handOver) : null, outgoing.auth());
        return write(doc);
    }

    private static void server(Element server, String host, int port, Security security, String username, boolean auth) {
        child(server, "hostname", host);
        child(server, "port", Integer.toString(port));
        child(server, "socketType", socketType(security));
        if (username != null) {
            child(server, "username", username);
        }
        child(server, "authentication", auth ? "password-cleartext" : "none");
    }

    /** ISPDB's socketType: SSL means TLS from the first byte. */
    static String socketType(Security security) {
        return switch (security) {
            case TLS -> "SSL";
            case STARTTLS -> "STARTTLS";
            case NONE -> "plain";
        };
    }

    /** Thunderbird fills the placeholders in with each user's own address. */
    static String userName(String username, HandOver handOver) {
        if (username.equalsIgnoreCase(handOver.address())) {
            return "%EMAILADDRESS%";
        }
        return username.equals(handOver.localPart()) ? "%EMAILLOCALPART%" : username;
    }

    private static Element child(Element parent, String name, String text) {
        Element element = parent.getOwnerDocument().createElement(name);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("This Java has no usable XML support", e);
        }
    }

    private static byte[] write(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // the JDK writes its own declaration without a line break after it
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(doc), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("The autoconfig file could not be written as XML", e);
        }
    }
}
