package org.outboxdoctor.probe;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * The forms in which a server or a mail library can carry a secret's bytes, before any renderer escapes
 * them: raw, base64, quoted-printable, URL-encoding and hex. Each variant a common encoder produces is listed,
 * because a plain substring search finds only what it was given.
 */
final class SecretEncodings {
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
    private static final char[] LOWER = "0123456789abcdef".toCharArray();
    /** Characters URL encoders leave alone besides letters and digits: Java and HTML forms, RFC 3986, JavaScript. */
    private static final List<String> URL_KEPT = List.of("-._*", "-._~", "-_.!~*'()");
    private static final List<Base64.Encoder> BASE64 = List.of(Base64.getEncoder(), Base64.getUrlEncoder());

    private SecretEncodings() {
    }

    /**
     * The secret raw and in every byte encoding, for its UTF-8 bytes and, where they differ, its Latin-1 bytes;
     * and as a peer or library that guesses the wrong charset shows a non-ASCII secret: its UTF-8 bytes read as
     * Latin-1 ("wÃ¶rd"), or its Latin-1 bytes read as UTF-8 (U+FFFD for the "ö", which still gives most of it away).
     */
    static void addAll(char[] secret, Consumer<char[]> out) {
        out.accept(secret.clone());
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
            byte[] bytes = encode(secret, charset);
            if (bytes == null) {
                continue;
            }
            if (!isAscii(secret)) {
                out.accept(charset == StandardCharsets.UTF_8 ? latin1(bytes) : utf8WithReplacements(bytes));
            }
            addBase64(bytes, out);
            for (char[] digits : List.of(UPPER, LOWER)) {
                out.accept(hex(bytes, digits));
                for (String space : List.of(" ", "_", "=20")) {
                    out.accept(quotedPrintable(bytes, digits, space));
                }
                for (String kept : URL_KEPT) {
                    out.accept(url(bytes, kept, "+", digits));
                    out.accept(url(bytes, kept, "%20", digits));
                }
            }
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Base64 of the bytes alone (padded and not, both alphabets) and inside a longer base64 text: there the
     * bytes start at one of three offsets modulo 3, and only the characters made of the bytes' own bits
     * stay the same whatever surrounds them; those middle parts are the forms.
     */
    static void addBase64(byte[] bytes, Consumer<char[]> out) {
        for (Base64.Encoder encoder : BASE64) {
            out.accept(ascii(encoder.encode(bytes), 0, -1));
            out.accept(ascii(encoder.withoutPadding().encode(bytes), 0, -1));
            for (int shift = 0; shift < 3; shift++) {
                byte[] shifted = new byte[shift + bytes.length];
                System.arraycopy(bytes, 0, shifted, shift, bytes.length);
                int from = (4 * shift + 2) / 3;
                int to = 4 * (shift + bytes.length) / 3;
                if (to > from) {
                    out.accept(ascii(encoder.withoutPadding().encode(shifted), from, to));
                }
                Arrays.fill(shifted, (byte) 0);
            }
        }
    }

    /** The bytes in a charset, or null when the charset cannot carry every character or adds nothing new. */
    static byte[] encode(char[] secret, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        if (charset != StandardCharsets.UTF_8 && (!encoder.canEncode(CharBuffer.wrap(secret)) || isAscii(secret))) {
            return null;
        }
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(secret));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            Arrays.fill(encoded.array(), (byte) 0);
            return bytes;
        } catch (CharacterCodingException unpairedSurrogate) {
            return null;
        }
    }

    private static char[] latin1(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        return chars;
    }

    private static char[] utf8WithReplacements(byte[] bytes) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        char[] chars = new char[decoded.remaining()];
        decoded.get(chars);
        Arrays.fill(decoded.array(), '\0');
        return chars;
    }

    private static boolean isAscii(char[] secret) {
        for (char c : secret) {
            if (c > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Wipes the encoder's output after copying the part [from, to) (to -1: the end). */
    private static char[] ascii(byte[] encoded, int from, int to) {
        int end = to < 0 ? encoded.length : to;
        char[] chars = new char[end - from];
        for (int i = from; i < end; i++) {
            chars[i - from] = (char) encoded[i];
        }
        Arrays.fill(encoded, (byte) 0);
        return chars;
    }

    private static char[] hex(byte[] bytes, char[] digits) {
        SecretChars out = new SecretChars(bytes.length * 2);
        for (byte b : bytes) {
            out.append(digits[(b >> 4) & 0xf]).append(digits[b & 0xf]);
        }
        return out.take();
    }

    /** RFC 2045 quoted-printable; with "_" for a space it is the RFC 2047 "Q" form of encoded words. */
    private static char[] quotedPrintable(byte[] bytes, char[] digits, String space) {
        SecretChars out = new SecretChars(bytes.length * 3);
        boolean qEncoding = "_".equals(space);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == ' ') {
                out.append(space);
            } else if (c > 32 && c < 127 && c != '=' && !(qEncoding && (c == '_' || c == '?'))) {
                out.append((char) c);
            } else {
                out.append('=').append(digits[c >> 4]).append(digits[c & 0xf]);
            }
        }
        return out.take();
    }

    private static char[] url(byte[] bytes, String kept, String space, char[] digits) {
        SecretChars out = new SecretChars(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            boolean alphanumeric = c < 128 && Character.isLetterOrDigit(c);
            if (alphanumeric || (c < 128 && kept.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append(space);
            } else {
                out.append('%').append(digits[c >> 4]).append(digits[c & 0xf]);
            }
        }
        return out.take();
    }
}
