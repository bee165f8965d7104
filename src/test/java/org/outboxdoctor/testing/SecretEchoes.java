package org.outboxdoctor.testing;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a hostile server could echo back of a password, built with library encoders independent of the
 * redactor's own, and an oracle that decodes output every way it knows to see whether the password comes out.
 */
public final class SecretEchoes {
    private static final Gson GSON_HTML_SAFE = new Gson();
    /** How the app's JSON report escapes strings. */
    public static final Gson GSON_APP = new GsonBuilder().disableHtmlEscaping().create();
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\(u([0-9a-fA-F]{4})|.)");
    private static final Pattern HEX_RUN = Pattern.compile("[0-9a-fA-F]{2,}");
    private static final Pattern B64_RUN = Pattern.compile("[A-Za-z0-9+/]{2,}");
    private static final Pattern B64URL_RUN = Pattern.compile("[A-Za-z0-9_-]{2,}");

    private SecretEchoes() {
    }

    /** Random passwords of 1 to {@code maxLength} chars: printable ASCII, Unicode, and the characters escaping trips on. */
    public static String password(Random random, int maxLength) {
        String tricky = "\"\\%+=&<>'/_ ?";
        StringBuilder p = new StringBuilder();
        int length = 1 + random.nextInt(maxLength);
        while (p.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                p.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 7) {
                p.append(tricky.charAt(random.nextInt(tricky.length())));
            } else if (kind == 7) {
                p.append((char) (0xa0 + random.nextInt(0x60))); // Latin-1 letters and signs
            } else if (kind == 8) {
                p.append((char) (0x391 + random.nextInt(0x30))); // Greek
            } else if (p.length() + 2 <= length) {
                p.appendCodePoint(0x1f600 + random.nextInt(0x40)); // emoji: a surrogate pair
            }
        }
        return p.toString();
    }

    /** The byte and text encodings of a value a server may send back. */
    public static Set<String> encodings(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        forms.add(Base64.getEncoder().encodeToString(bytes));
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        String url = URLEncoder.encode(value, StandardCharsets.UTF_8);
        forms.add(url);
        forms.add(url.replace("+", "%20"));
        forms.add(lowerHexEscapes(url, '%'));
        forms.add(lowerHexEscapes(url.replace("+", "%20"), '%'));
        forms.add(HexFormat.of().formatHex(bytes));
        forms.add(HexFormat.of().withUpperCase().formatHex(bytes));
        forms.add(quotedPrintable(bytes));
        forms.add(lowerHexEscapes(quotedPrintable(bytes), '='));
        forms.add(new String(bytes, StandardCharsets.ISO_8859_1)); // a peer that read UTF-8 as Latin-1
        return forms;
    }

    /** Every encoding of the value, then each as JSON (two flavours of Gson), HTML and an IMAP quoted string write it. */
    public static Set<String> escapedEncodings(String value) {
        Set<String> forms = new LinkedHashSet<>();
        for (String form : encodings(value)) {
            for (UnaryOperator<String> escape : List.<UnaryOperator<String>>of(s -> s, SecretEchoes::json, SecretEchoes::jsonHtmlSafe,
                    SecretEchoes::html, SecretEchoes::imapQuoted)) {
                forms.add(escape.apply(form));
            }
        }
        return forms;
    }

    /**
     * Lines a server could send: each escaped encoding of the password and of the AUTH payloads, glued to other
     * text, and base64 of the password at random offsets inside longer tokens.
     */
    public static List<String> echoes(String user, String password, Random random) {
        List<String> lines = new ArrayList<>();
        Set<String> forms = new LinkedHashSet<>(escapedEncodings(password));
        forms.add(b64("\0" + user + "\0" + password));
        forms.add(b64(user + "\0" + user + "\0" + password));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8)));
        forms.add(b64(user) + " " + b64(password));
        for (String form : forms) {
            lines.add("5.7.8 Authentication failed: " + form);
            lines.add("x=" + form + ";");
            lines.add("token" + form + "tail");
        }
        for (int shift = 0; shift < 6; shift++) {
            byte[] before = new byte[shift];
            byte[] after = new byte[random.nextInt(5)];
            random.nextBytes(before);
            random.nextBytes(after);
            byte[] secret = password.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.writeBytes(before);
            joined.writeBytes(secret);
            joined.writeBytes(after);
            lines.add("session=" + Base64.getEncoder().encodeToString(joined.toByteArray()));
            lines.add("id " + Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toByteArray()) + " end");
        }
        return lines;
    }

    /**
     * What a server could echo of a bearer token: every form {@link #echoes} lists for it as a password, and the
     * XOAUTH2 and OAUTHBEARER payloads that carry it, in base64 both alphabets.
     */
    public static List<String> tokenEchoes(String user, String token, Random random) {
        List<String> lines = new ArrayList<>(echoes(user, token, random));
        for (String payload : List.of("user=" + user + "\u0001auth=Bearer " + token + "\u0001\u0001",
                "n,a=" + user + ",\u0001auth=Bearer " + token + "\u0001\u0001")) {
            byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
            lines.add("5.7.8 you sent " + Base64.getEncoder().encodeToString(bytes));
            lines.add("x=" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + ";");
            lines.add("raw " + payload.replace('\u0001', '^'));
        }
        lines.add("{\"status\":\"401\",\"token\":\"" + token + "\"}");
        return lines;
    }

    /** True if the password comes out of the text raw, or after undoing any escaping and any encoding. */
    public static boolean revealed(String output, String password) {
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        for (String text : List.of(output, unescapeJson(output), unescapeHtml(output), output.replace("\\\"", "\"").replace("\\\\", "\\"))) {
            if (text.contains(password) || contains(text.getBytes(StandardCharsets.ISO_8859_1), secret)
                    || contains(unescapeBytes(text, '%', true), secret) || contains(unescapeBytes(text, '%', false), secret)
                    || contains(unescapeBytes(text, '=', false), secret)
                    || runs(text, HEX_RUN, 2, s -> HexFormat.of().parseHex(s), secret)
                    || runs(text, B64_RUN, 4, s -> Base64.getDecoder().decode(s), secret)
                    || runs(text, B64URL_RUN, 4, s -> Base64.getUrlDecoder().decode(s), secret)) {
                return true;
            }
        }
        return false;
    }

    public static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String json(String s) {
        String quoted = GSON_APP.toJson(s);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String jsonHtmlSafe(String s) {
        String quoted = GSON_HTML_SAFE.toJson(s);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** As the app's HTML report escapes text. */
    public static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String imapQuoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            out.append(c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c) : String.format("=%02X", c));
        }
        return out.toString();
    }

    private static String lowerHexEscapes(String s, char escape) {
        Matcher m = Pattern.compile(Pattern.quote(String.valueOf(escape)) + "([0-9A-F]{2})").matcher(s);
        return m.replaceAll(r -> Matcher.quoteReplacement(escape + r.group(1).toLowerCase(java.util.Locale.ROOT)));
    }

    private static String unescapeJson(String s) {
        StringBuilder out = new StringBuilder();
        Matcher m = JSON_ESCAPE.matcher(s);
        while (m.find()) {
            String replacement = m.group(2) != null ? String.valueOf((char) Integer.parseInt(m.group(2), 16)) : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static String unescapeHtml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&apos;", "'").replace("&#34;", "\"").replace("&amp;", "&");
    }

    /** Text to bytes with {@code escape}XX turned into one byte (and + into a space, if asked). */
    private static byte[] unescapeBytes(String s, char escape, boolean plusIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == escape && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Decodes every run of the alphabet at every phase and looks for the secret's bytes in what comes out. */
    private static boolean runs(String text, Pattern alphabet, int group, java.util.function.Function<String, byte[]> decode, byte[] secret) {
        Matcher m = alphabet.matcher(text);
        while (m.find()) {
            String run = m.group();
            for (int phase = 0; phase < group; phase++) {
                // base64 without padding may end in a group of 2 or 3 characters; hex pairs are whole
                int usable = run.length() - phase;
                usable -= group == 4 ? (usable % 4 == 1 ? 1 : 0) : usable % group;
                if (usable > 0 && contains(decode.apply(run.substring(phase, phase + usable)), secret)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
