package org.outboxdoctor.probe;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outboxdoctor.settings.Secret;

/**
 * The last line of defence before anything is written down: masks the password itself and any
 * base64 token that decodes to something containing it (AUTH PLAIN and LOGIN payloads).
 */
public final class Redactor {
    public static final String MASK = "********";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_-]{4,}");
    private static final Pattern AUTH_PAYLOAD = Pattern.compile("(?i)^(C: (?:[A-Z0-9]+ )?(?:AUTH|AUTHENTICATE) [A-Z0-9_-]+) \\S+");

    private final Secret secret;

    public Redactor(Secret secret) {
        this.secret = secret;
    }

    public static Redactor none() {
        return new Redactor(Secret.none());
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (secret.occursIn(result)) {
            result = replaceLiteral(result);
        }
        Matcher auth = AUTH_PAYLOAD.matcher(result);
        if (auth.find()) {
            result = auth.group(1) + " " + MASK + result.substring(auth.end());
        }
        if (secret.isEmpty() || secret.isCleared()) {
            return result; // nothing left that could hide the password
        }
        Matcher tokens = TOKEN.matcher(result);
        StringBuilder out = new StringBuilder();
        while (tokens.find()) {
            tokens.appendReplacement(out, Matcher.quoteReplacement(hidesSecret(tokens.group()) ? MASK : tokens.group()));
        }
        tokens.appendTail(out);
        return out.toString();
    }

    private boolean hidesSecret(String token) {
        for (Base64.Decoder decoder : new Base64.Decoder[] {Base64.getDecoder(), Base64.getUrlDecoder()}) {
            try {
                String decoded = new String(decoder.decode(token), StandardCharsets.UTF_8);
                if (secret.occursIn(decoded)) {
                    return true;
                }
            } catch (IllegalArgumentException notBase64) {
                // not a base64 token, so it cannot hide the secret in that form
            }
        }
        return false;
    }

    private String replaceLiteral(String text) {
        StringBuilder out = new StringBuilder(text);
        int length = secret.length();
        for (int i = 0; i + length <= out.length(); i++) {
            if (secret.occursIn(out.subSequence(i, i + length))) {
                out.replace(i, i + length, MASK);
                i += MASK.length() - 1;
            }
        }
        return out.toString();
    }
}
