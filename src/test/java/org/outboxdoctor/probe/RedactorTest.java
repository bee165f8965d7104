package org.outboxdoctor.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.Secret;

class RedactorTest {
    private final Secret secret = Secret.of("hunter2 secret".toCharArray());
    private final Redactor redactor = new Redactor(secret);

    @Test
    void masksThePasswordItself() {
        assertEquals("password=******** done", redactor.redact("password=hunter2 secret done"));
    }

    @Test
    void masksAuthPlainPayloadsAndAnyBase64FormOfThePassword() {
        String plain = b64("\0alice\0hunter2 secret");
        assertEquals("C: AUTH PLAIN ********", redactor.redact("C: AUTH PLAIN " + plain));
        assertEquals("C: A1 AUTHENTICATE PLAIN ********", redactor.redact("C: A1 AUTHENTICATE PLAIN " + plain));
        assertFalse(redactor.redact("S: 535 " + b64("hunter2 secret")).contains(b64("hunter2 secret")));
        assertFalse(redactor.redact("x " + Base64.getUrlEncoder().encodeToString("hunter2 secret".getBytes(StandardCharsets.UTF_8)))
                .contains("aHVudGVy"));
    }

    @Test
    void masksATokenAndTheWholeXoauth2AndOauthbearerPayloadsBesideThePassword() {
        String token = "ya29.a0AfB_byC7Qm-Zx9~Kp4/Wn+Lr8Qv2Ys5Tu1Oi3Ea6==";
        try (Secret password = Secret.of("hunter2 secret".toCharArray()); Secret bearer = Secret.of(token.toCharArray())) {
            Redactor both = new Redactor("alice@example.test", password, bearer);
            String xoauth2 = b64("user=alice@example.test\u0001auth=Bearer " + token + "\u0001\u0001");
            String oauthBearer = b64("n,a=alice@example.test,\u0001auth=Bearer " + token + "\u0001\u0001");
            assertEquals("S: 535 5.7.8 you sent ******** and ********",
                    both.redact("S: 535 5.7.8 you sent " + xoauth2 + " and " + oauthBearer));
            assertEquals("x=********; y=******** z=********", both.redact("x=" + token + "; y="
                    + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8) + " z=hunter2 secret"));
            assertFalse(both.redact("S: 334 " + b64("{\"token\":\"" + token + "\"}")).contains(b64(token).substring(4, 30)));
        }
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String line = "S: 250-mail.example.test Hello [127.0.0.1] SIZE 10240000 AUTH PLAIN LOGIN";
        assertEquals(line, redactor.redact(line));
    }

    @Test
    void aWipedSecretNoLongerMatchesAnything() {
        Secret gone = Secret.of("abc".toCharArray());
        gone.close();
        assertEquals("abc", new Redactor(gone).redact("abc"));
        assertEquals("********", gone.toString());
    }

    @Test
    void closingTheSecretWipesTheArrayItWasGiven() {
        char[] typed = "typed password".toCharArray();
        Secret secret = Secret.of(typed);
        char[] copy = secret.copy();
        Secret.wipe(copy);
        secret.close();
        assertEquals("\0".repeat(typed.length), new String(typed));
        assertEquals("\0".repeat(copy.length), new String(copy));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
