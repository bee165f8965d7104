package org.outboxdoctor.probe.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.login.MailboxProtocol;
import org.outboxdoctor.probe.login.MailboxRoute;
import org.outboxdoctor.probe.login.MailboxSource;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.Security;

/** Where the mailbox server can be read from: autoconfig's incomingServer entries and RFC 6186 SRV answers. */
class IncomingSourcesTest {
    private static final EmailAddress ADDRESS = EmailAddress.parse("alice@example.test");

    @Test
    void autoconfigIncomingServersInTheFilesOrderWithoutCleartextOrBrokenOnes() throws IOException {
        String xml = "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"example.test\">"
                + server("imap", "IMAP.%EMAILDOMAIN%", "993", "SSL")
                + server("pop3", "pop.example.test", "110", "STARTTLS")
                + server("imap", "plain.example.test", "143", "plain")
                + server("imap", "bad host", "993", "SSL")
                + server("imap", "port.example.test", "99999", "SSL")
                + server("exchange", "ews.example.test", "443", "SSL")
                + "</emailProvider></clientConfig>";

        List<MailboxRoute> routes = AutoconfigXml.incomingServers(xml, ADDRESS, "autoconfig autoconfig.example.test");

        assertEquals(List.of(
                new MailboxRoute(MailboxProtocol.IMAP, "imap.example.test", 993, Security.TLS, MailboxSource.AUTOCONFIG,
                        "autoconfig autoconfig.example.test"),
                new MailboxRoute(MailboxProtocol.POP3, "pop.example.test", 110, Security.STARTTLS, MailboxSource.AUTOCONFIG,
                        "autoconfig autoconfig.example.test")), routes);
    }

    @Test
    void aFileWithADoctypeIsRefused() {
        assertThrows(IOException.class, () -> AutoconfigXml.incomingServers(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"x\">]><clientConfig/>", ADDRESS, "autoconfig"));
    }

    @Test
    void srvTargetsBestPriorityFirstAndADotMeansNotOffered() {
        DnsLookup answer = new DnsLookup("_imaps._tcp.example.test", "SRV", DnsOutcome.ANSWER, "NOERROR",
                List.of("20 1 993 backup.example.test.", "10 1 993 post.example.test.", "0 0 0 .", "5 1 99999 big.example.test.",
                        "x y z w", "1 1 993 [12:34:56]."), "127.0.0.1:53", 2, "");

        List<SrvRecords.Target> targets = SrvRecords.of(answer);

        assertEquals(List.of(new SrvRecords.Target(0, 0, ""), new SrvRecords.Target(10, 993, "post.example.test"),
                new SrvRecords.Target(20, 993, "backup.example.test")), targets);
        assertFalse(targets.get(0).offered());
    }

    private static String server(String type, String host, String port, String socketType) {
        return "<incomingServer type=\"" + type + "\"><hostname>" + host + "</hostname><port>" + port + "</port>"
                + "<socketType>" + socketType + "</socketType><username>%EMAILADDRESS%</username></incomingServer>";
    }
}
