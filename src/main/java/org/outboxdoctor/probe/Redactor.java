package org.outboxdoctor.probe;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outboxdoctor.settings.Secret;

/**
 * The last line of defence before anything is written down: masks every secret of a run (the password or the OAuth
 * token) and the AUTH payloads that carry it (PLAIN, XOAUTH2, OAUTHBEARER), in every form a server or a renderer can
 * produce.
 *
 * <p>The forms are computed once, when the redactor is made: each secret raw and as base64 (padded, unpadded,
 * URL-safe, and the part that stays the same at any offset inside a longer base64 text), quoted-printable,
 * URL-encoded and hex, and each of those JSON-, HTML- and IMAP-escaped; the AUTH PLAIN payloads
 * ({@code \0user\0secret}, {@code user\0user\0secret}) and the token mechanisms' ({@code user=…^Aauth=Bearer secret^A^A},
 * {@code n,a=…,^Aauth=Bearer secret^A^A}) as base64 the same ways. {@link #redact} masks them in
 * one line before any renderer sees it; {@link #scrub} checks the finished text, JSON or HTML again, where the
 * renderer's own escaping is applied to each form. Very short secrets are masked only where that is safe:
 * see {@link FormMatcher}.
 *
 * <p>The forms are kept as char arrays and wiped when every secret has been closed; from then on the
 * redactor masks only AUTH command payloads, as a redactor without secrets does.
 */
public final class Redactor {
    public static final String MASK = "********";
    private static final Pattern AUTH_PAYLOAD = Pattern.compile("(?i)^(C: (?:[A-Z0-9]+ )?(?:AUTH|AUTHENTICATE) [A-Z0-9_-]+) \\S+");

    /** Which renderer wrote the output {@link #scrub} checks. */
    public enum Output { TEXT, JSON, HTML }

    private final List<Secret> secrets;
    private final FormMatcher lines;
    private final FormMatcher json;
    private final FormMatcher html;

    public Redactor(Secret secret) {
        this(null, secret);
    }

    /**
     * @param user the login name the AUTH payloads carry, or null when none is known
     * @param secrets every secret of the run; one that is empty or already closed is skipped
     */
    public Redactor(String user, Secret... secrets) {
        this.secrets = Arrays.stream(secrets).filter(s -> s != null && !s.isEmpty() && !s.isCleared()).toList();
        Set<CharBuffer> base = new LinkedHashSet<>();
        for (Secret secret : this.secrets) {
            char[] chars = secret.copy();
            SecretEncodings.addAll(chars, form -> addOnce(base, form));
            addAuthPayloads(user, chars, base);
            Secret.wipe(chars);
        }
        Set<CharBuffer> escaped = new LinkedHashSet<>();
        for (RendererEscapes.Escape escape : RendererEscapes.ALL) {
            base.forEach(form -> addOnce(escaped, RendererEscapes.apply(form.array(), escape)));
        }
        this.lines = matcher(escaped);
        this.json = matcher(escapedFor(escaped, RendererEscapes.JSON));
        this.html = matcher(escapedFor(escaped, RendererEscapes.HTML));
        base.forEach(form -> Arrays.fill(form.array(), '\0'));
    }

    public static Redactor none() {
        return new Redactor(Secret.none());
    }

    /** One line, before any renderer escapes it: a client AUTH command keeps its verb, never its payload. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        Matcher auth = AUTH_PAYLOAD.matcher(result);
        if (auth.find()) {
            result = auth.group(1) + " " + MASK + result.substring(auth.end());
        }
        return live() ? lines.mask(result, MASK) : result;
    }

    /**
     * The finished output of one renderer with every form of a secret it may still hold masked, in its content
     * only: JSON keys, HTML tags and the page's style are the renderer's own and stay as they are.
     */
    public String scrub(String output, Output kind) {
        if (output == null || !live()) {
            return output;
        }
        FormMatcher matcher = matcherFor(kind);
        StringBuilder out = new StringBuilder(output.length());
        int at = 0;
        for (int[] range : OutputContent.ranges(output, kind)) {
            out.append(output, at, range[0]).append(matcher.mask(output.substring(range[0], range[1]), MASK));
            at = range[1];
        }
        return out.append(output, at, output.length()).toString();
    }

    /** True if the content of one renderer's finished output still holds a secret in any form. */
    public boolean leaks(String output, Output kind) {
        if (output == null || !live()) {
            return false;
        }
        FormMatcher matcher = matcherFor(kind);
        return OutputContent.ranges(output, kind).stream().anyMatch(r -> matcher.finds(output.substring(r[0], r[1])));
    }

    private FormMatcher matcherFor(Output kind) {
        return switch (kind) {
            case TEXT -> lines;
            case JSON -> json;
            case HTML -> html;
        };
    }

    /** False once every secret is closed: the forms are wiped then, so they do not outlive the password. */
    private boolean live() {
        if (secrets.isEmpty() || lines.isEmpty()) {
            return false;
        }
        if (secrets.stream().allMatch(Secret::isCleared)) {
            lines.wipe();
            json.wipe();
            html.wipe();
            return false;
        }
        return true;
    }

    /**
     * AUTH PLAIN with and without an authorization identity, and the token mechanisms XOAUTH2 and OAUTHBEARER, whole:
     * the forms of the secret alone already mask its part of any base64 text, these mask the rest of the payload too.
     * LOGIN sends the secret alone, already covered.
     */
    private static void addAuthPayloads(String user, char[] secret, Set<CharBuffer> out) {
        if (user == null || user.isEmpty()) {
            return;
        }
        byte[] password = SecretEncodings.encode(secret, StandardCharsets.UTF_8);
        byte[] name = user.getBytes(StandardCharsets.UTF_8);
        for (byte[] prefix : List.of(new byte[] {0}, concat(name, new byte[] {0}))) {
            byte[] payload = concat(concat(prefix, name), concat(new byte[] {0}, password));
            SecretEncodings.addBase64(payload, form -> addOnce(out, form));
            Arrays.fill(payload, (byte) 0);
        }
        Secret.wipe(password);
        try (Secret token = Secret.of(secret.clone())) {
            for (byte[] payload : List.of(TokenPayloads.xoauth2(user, token), TokenPayloads.oauthBearer(user, token))) {
                SecretEncodings.addBase64(payload, form -> addOnce(out, form));
                Arrays.fill(payload, (byte) 0);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static Set<CharBuffer> escapedFor(Set<CharBuffer> forms, RendererEscapes.Escape escape) {
        Set<CharBuffer> out = new LinkedHashSet<>();
        forms.forEach(form -> addOnce(out, RendererEscapes.apply(form.array(), escape)));
        return out;
    }

    private static FormMatcher matcher(Set<CharBuffer> forms) {
        return new FormMatcher(forms.stream().map(CharBuffer::array).toList());
    }

    /** Adds a form once; a copy already there is wiped, so no array with a secret in it is left behind. */
    private static void addOnce(Set<CharBuffer> forms, char[] form) {
        if (!forms.add(CharBuffer.wrap(form))) {
            Arrays.fill(form, '\0');
        }
    }
}
