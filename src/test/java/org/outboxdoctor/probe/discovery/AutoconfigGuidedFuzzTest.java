package org.outboxdoctor.probe.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.outboxdoctor.probe.login.MailboxRoute;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.HostName;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.testing.FuzzGuard;

/**
 * Coverage-guided (Jazzer): any text a web server returns for config-v1.1.xml, read for outgoing and incoming
 * servers. It gives candidates or the typed refusal ("not a valid autoconfig file"), never another exception and
 * never a word on standard error; every candidate is a valid host and port, and no incoming route would take the
 * password unencrypted.
 *
 * <p>Seeds (providers' real files, hosts kept) and saved crashes:
 * src/test/resources/org/outboxdoctor/probe/discovery/AutoconfigGuidedFuzzTestInputs/.
 */
public class AutoconfigGuidedFuzzTest {
    static {
        FuzzGuard.requireLoopbackOnly();
    }

    private static final EmailAddress ADDRESS = EmailAddress.parse("alice@example.test");

    @FuzzTest(maxDuration = "5s")
    public void configFile(FuzzedDataProvider data) {
        String xml = data.consumeRemainingAsString();
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (Candidate c : AutoconfigXml.outgoingServers(xml, ADDRESS, "fuzz")) {
                assertTrue(HostName.isValid(c.host()) && c.port() > 0 && c.port() < 65536, c::toString);
            }
            for (MailboxRoute route : AutoconfigXml.incomingServers(xml, ADDRESS, "fuzz")) {
                assertTrue(HostName.isValid(route.host()) && route.port() > 0 && route.port() < 65536, route::toString);
                assertTrue(route.security() != Security.NONE, route::toString);
            }
        } catch (IOException refused) {
            assertTrue(refused.getMessage().startsWith("not a valid autoconfig file"), refused.getMessage());
        } finally {
            System.setErr(err);
        }
        // Jazzer itself reports each class it instruments on standard error, the first time the class loads
        String said = printed.toString(StandardCharsets.UTF_8).replaceAll("(?m)^INFO: Instrumented .*\\R", "");
        assertEquals("", said, "nothing printed on standard error");
    }
}
