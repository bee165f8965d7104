package org.outboxdoctor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.Secret;

/** A password or token given to the command line, read into a wipeable {@code char[]} and checked, never a String. */
final class SecretInput {
    static final int MAX_PASSWORD = 1024;
    /**
     * Microsoft's access tokens are JWTs of two to three thousand characters; the AUTH line that carries one in base64
     * must stay within the 12,288 bytes RFC 4954 section 4 lets a server insist on.
     */
    static final int MAX_TOKEN = 8000;

    private SecretInput() {
    }

    static Secret checked(char[] chars) {
        if (chars.length == 0) {
            throw new InvalidSettingException("The password is empty. Give the password the mail program uses.");
        }
        if (chars.length > MAX_PASSWORD) {
            Secret.wipe(chars);
            throw new InvalidSettingException("The password is longer than " + MAX_PASSWORD + " characters; no mail server accepts that.");
        }
        return Secret.of(chars);
    }

    /**
     * An OAuth access token: RFC 6750's b64token characters only, so a pasted "Bearer " prefix, a quote or a line
     * break is caught here, not by a server that would count it as a failed sign-in. The message never shows the token.
     */
    static Secret token(java.util.Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            throw new InvalidSettingException("The environment variable " + variable + " is "
                    + (value == null ? "not set" : "empty") + ", so there is no sign-in token to check.");
        }
        return token(value.toCharArray());
    }

    static Secret token(char[] chars) {
        String problem = chars.length > MAX_TOKEN ? "is longer than " + MAX_TOKEN + " characters; no access token is"
                : startsWithBearer(chars) ? "starts with \"Bearer \": give the access token alone, without that word"
                : !b64token(chars) ? "holds characters an access token never has (a space, a quote, a line break...):"
                        + " give the access token alone" : null;
        if (problem != null) {
            Secret.wipe(chars);
            throw new InvalidSettingException("The sign-in token " + problem + ".");
        }
        return Secret.of(chars);
    }

    private static boolean startsWithBearer(char[] chars) {
        String prefix = "bearer ";
        if (chars.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(chars[i]) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 6750 section 2.1: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=". */
    private static boolean b64token(char[] chars) {
        int i = 0;
        while (i < chars.length && (isAsciiLetterOrDigit(chars[i]) || "-._~+/".indexOf(chars[i]) >= 0)) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < chars.length && chars[i] == '=') {
            i++;
        }
        return i == chars.length;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Reads one line into a char array, so the password never becomes a String. */
    static char[] readLine(InputStream in) {
        char[] buffer = new char[64];
        int length = 0;
        try {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            int c;
            while ((c = reader.read()) != -1 && c != '\n') {
                if (length == MAX_PASSWORD + 1) {
                    break;
                }
                if (length == buffer.length) {
                    char[] bigger = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                    Secret.wipe(buffer);
                    buffer = bigger;
                }
                buffer[length++] = (char) c;
            }
        } catch (IOException e) {
            Secret.wipe(buffer);
            throw new InvalidSettingException("The password could not be read from standard input.");
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        char[] line = java.util.Arrays.copyOf(buffer, length);
        Secret.wipe(buffer);
        return line;
    }
}
