package org.outboxdoctor.probe.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.HostName;
import org.outboxdoctor.testing.Mutator;

/**
 * The autoconfig reader against what a web server could return for config-v1.1.xml: mutated files, entities,
 * DOCTYPEs, huge numbers. It gives candidates or a typed IOException, never another exception and never a word on
 * standard error (the XML parser's own error printing included); every candidate is a valid host and port.
 */
class AutoconfigFuzzTest {
    private static final EmailAddress ADDRESS = EmailAddress.parse("alice@example.test");
    private static final String SEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <clientConfig version="1.1">
              <emailProvider id="example.test">
                <domain>example.test</domain>
                <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port>
                  <socketType>SSL</socketType></incomingServer>
                <outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname><port>465</port>
                  <socketType>SSL</socketType><authentication>password-cleartext</authentication></outgoingServer>
                <outgoingServer type="smtp"><hostname>mail.example.test</hostname><port>587</port>
                  <socketType>STARTTLS</socketType></outgoingServer>
              </emailProvider>
            </clientConfig>
            """;
    private static final String ALPHABET = "<>/&;\"'=!?[]-%#x0123456789 \n\tEMAILDOMAINsmtpport\u00e9\u0000\uFFFF";

    @Test
    void anyFileGivesValidCandidatesOrATypedRefusal() throws Exception {
        Random random = new Random(6143);
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < Mutator.cases(); i++) {
                String xml = random.nextInt(10) == 0 ? hostile(random) : Mutator.mutate(random, SEED, ALPHABET);
                try {
                    for (Candidate c : AutoconfigXml.outgoingServers(xml, ADDRESS, "fuzz")) {
                        assertTrue(HostName.isValid(c.host()) && c.port() > 0 && c.port() < 65536, "case " + i + ": " + c);
                    }
                } catch (IOException refused) {
                    assertTrue(refused.getMessage().startsWith("not a valid autoconfig file"), "case " + i);
                }
            }
        } finally {
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing printed on standard error");
    }

    @Test
    void regressionEntitiesAndDoctypesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<clientConfig><emailProvider><outgoingServer type=\"smtp\"><hostname>&x;</hostname><port>25</port>"
                + "</outgoingServer></emailProvider></clientConfig>";
        assertThrows(IOException.class, () -> AutoconfigXml.outgoingServers(xxe, ADDRESS, "fuzz"));
    }

    @Test
    void regressionTheSeedIsRead() throws IOException {
        List<Candidate> found = AutoconfigXml.outgoingServers(SEED, ADDRESS, "fuzz");
        assertEquals(List.of("smtp.example.test:465", "mail.example.test:587"),
                found.stream().map(c -> c.host() + ":" + c.port()).toList());
    }

    private static String hostile(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "<clientConfig>" + "<a>".repeat(1 + random.nextInt(3000)) + "</clientConfig>";
            case 1 -> SEED.replace("465", "9".repeat(1 + random.nextInt(40)));
            case 2 -> "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><l>&b;</l>";
            default -> new String(randomBytes(random), StandardCharsets.ISO_8859_1);
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(400)];
        random.nextBytes(b);
        return b;
    }
}
