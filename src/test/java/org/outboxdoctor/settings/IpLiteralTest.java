package org.outboxdoctor.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Addresses read strictly: what a server or a user writes that merely looks like an address is not one. */
class IpLiteralTest {

    @Test
    void realAddressesAreRead() throws Exception {
        for (String ip : new String[] {"127.0.0.1", "0.0.0.0", "255.255.255.255", "203.0.113.7", "::1", "::", "2001:db8::1",
                "2001:DB8:0:0:0:0:0:1", "fe80::1:2", "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:192.0.2.1",
                "1::", "1:2:3:4:5:6:7::"}) {
            assertTrue(IpLiteral.isValid(ip), ip);
            assertEquals(InetAddress.getByName(ip), IpLiteral.parse(ip).orElseThrow(), ip);
        }
    }

    @Test
    void lookalikesAreNot() {
        for (String text : new String[] {"[12:34:56]", "12:34:56", "dead:beef", "1:2:3", ":::", "1:::2", "1::2::3",
                "1:2:3:4:5:6:7:8:9", "12345::1", "::g", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01234.1.1.1", "1.2.3.-4",
                "::1.2.3", "1.2.3.4::", "[::1]", "::1%eth0", "", ":", "1:2:3:4:5:6:7:1.2.3.4", "١٢٧.0.0.1",
                "mail.example.com", " 127.0.0.1"}) {
            assertFalse(IpLiteral.isValid(text), text);
            assertTrue(IpLiteral.parse(text).isEmpty(), text);
            assertFalse(HostName.isIpLiteral(text), text);
        }
    }

    @Test
    void randomTextNeverReachesTheResolver() {
        Random random = new Random(4417);
        String alphabet = "0123456789abcdefABCDEF:.[]%g ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(46); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            // a literal the strict reader accepts is one the JDK reads without any DNS lookup, and the same
            IpLiteral.parse(candidate).ifPresent(a -> assertTrue(candidate.indexOf(':') >= 0 || candidate.indexOf('.') > 0));
        }
    }
}
