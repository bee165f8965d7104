package org.outboxdoctor.probe.discovery;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.login.MailboxRoute;
import org.outboxdoctor.probe.login.MailboxSource;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.HostName;
import org.outboxdoctor.settings.Security;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads the outgoing and incoming servers of a Mozilla autoconfig file (config-v1.1.xml), refusing DTDs and entities. */
final class AutoconfigXml {
    private AutoconfigXml() {
    }

    static List<Candidate> outgoingServers(String xml, EmailAddress address, String source) throws IOException {
        Document document = parse(xml);
        NodeList servers = document.getElementsByTagName("outgoingServer");
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < servers.getLength(); i++) {
            Element server = (Element) servers.item(i);
            if (!"smtp".equalsIgnoreCase(server.getAttribute("type"))) {
                continue;
            }
            String host = text(server, "hostname").replace("%EMAILDOMAIN%", address.domain()).toLowerCase(Locale.ROOT);
            int port = port(text(server, "port"));
            Security security = security(text(server, "socketType"));
            if (HostName.isValid(host) && port > 0 && port < 65536) {
                candidates.add(new Candidate(host, port, security, source, ""));
            }
        }
        return candidates;
    }

    /** The IMAP and POP3 servers of the file's incomingServer entries, in the file's order. */
    static List<MailboxRoute> incomingServers(String xml, EmailAddress address, String source) throws IOException {
        NodeList servers = parse(xml).getElementsByTagName("incomingServer");
        List<MailboxRoute> routes = new ArrayList<>();
        for (int i = 0; i < servers.getLength(); i++) {
            Element server = (Element) servers.item(i);
            String type = server.getAttribute("type").toLowerCase(Locale.ROOT);
            MailboxProtocol protocol = switch (type) {
                case "imap" -> MailboxProtocol.IMAP;
                case "pop3" -> MailboxProtocol.POP3;
                default -> null;
            };
            String host = text(server, "hostname").replace("%EMAILDOMAIN%", address.domain()).toLowerCase(Locale.ROOT);
            int port = port(text(server, "port"));
            Security security = security(text(server, "socketType"));
            // a server that would take the password unencrypted is not asked: the check never sends it in clear
            if (protocol != null && security != Security.NONE && HostName.isValid(host) && port > 0) {
                routes.add(new MailboxRoute(protocol, host, port, security, MailboxSource.AUTOCONFIG, source));
            }
        }
        return routes;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            return port > 0 && port < 65536 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Security security(String socketType) {
        return switch (socketType.trim().toUpperCase(Locale.ROOT)) {
            case "SSL" -> Security.TLS;
            case "STARTTLS" -> Security.STARTTLS;
            default -> Security.NONE;
        };
    }

    private static Document parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a valid autoconfig file: " + e.getMessage());
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
