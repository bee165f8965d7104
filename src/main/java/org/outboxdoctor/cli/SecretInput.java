package org.outboxdoctor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.Secret;

/** A password given to the command line, read into a wipeable {@code char[]} and checked, never a String. */
final class SecretInput {
    static final int MAX_PASSWORD = 1024;

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
     * The variable's value decoded as UTF-8 from the bytes the process was started with (Linux keeps them in
     * /proc/self/environ), or empty when this system does not show them or they are not UTF-8.
     */
    static java.util.Optional<char[]> environmentUtf8(String name) {
        java.nio.file.Path environ = java.nio.file.Path.of("/proc/self/environ");
        byte[] all;
        try {
            all = java.nio.file.Files.readAllBytes(environ);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
        byte[] prefix = (name + "=").getBytes(StandardCharsets.UTF_8);
        try {
            for (int start = 0, end; start < all.length; start = end + 1) {
                end = start;
                while (end < all.length && all[end] != 0) {
                    end++;
                }
                if (end - start >= prefix.length
                        && java.util.Arrays.equals(all, start, start + prefix.length, prefix, 0, prefix.length)) {
                    return decode(java.nio.ByteBuffer.wrap(all, start + prefix.length, end - start - prefix.length));
                }
            }
            return java.util.Optional.empty();
        } finally {
            java.util.Arrays.fill(all, (byte) 0);
        }
    }

    private static java.util.Optional<char[]> decode(java.nio.ByteBuffer bytes) {
        try {
            java.nio.CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(bytes);
            char[] value = java.util.Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            java.util.Arrays.fill(chars.array(), '\0');
            return java.util.Optional.of(value);
        } catch (java.nio.charset.CharacterCodingException e) {
            return java.util.Optional.empty();
        }
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
