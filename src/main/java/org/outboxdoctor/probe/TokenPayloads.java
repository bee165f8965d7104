package org.outboxdoctor.probe;

import java.nio.charset.StandardCharsets;
import org.outboxdoctor.settings.Secret;

/**
 * The client's first message of the two token mechanisms, as bytes the caller wipes. XOAUTH2 (Google, Microsoft):
 * {@code user=NAME^Aauth=Bearer TOKEN^A^A}. OAUTHBEARER (RFC 7628 section 3.1): the GS2 header
 * {@code n,a=NAME,} then {@code ^Aauth=Bearer TOKEN^A^A}, with "," and "=" in the name escaped as RFC 5801 asks.
 */
public final class TokenPayloads {
    private TokenPayloads() {
    }

    public static byte[] forMechanism(String mechanism, String user, Secret token) {
        return "OAUTHBEARER".equals(mechanism) ? oauthBearer(user, token) : xoauth2(user, token);
    }

    public static byte[] xoauth2(String user, Secret token) {
        return build("user=" + user + "\u0001auth=Bearer ", token);
    }

    public static byte[] oauthBearer(String user, Secret token) {
        String name = user.replace("=", "=3D").replace(",", "=2C");
        return build("n,a=" + name + ",\u0001auth=Bearer ", token);
    }

    private static byte[] build(String before, Secret token) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] secret = token.utf8();
        byte[] out = new byte[head.length + secret.length + 2];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(secret, 0, out, head.length, secret.length);
        out[out.length - 2] = 1;
        out[out.length - 1] = 1;
        Secret.wipe(secret);
        return out;
    }
}
