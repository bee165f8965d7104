package org.outboxdoctor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An environment variable as the bytes the process was given. In a C or POSIX locale (cron, systemd, containers)
 * the JVM decodes the environment as ASCII, and a password typed in UTF-8 arrives as U+FFFD.
 */
final class EnvironmentBytes {
    private EnvironmentBytes() {
    }

    /**
     * The variable's value decoded as UTF-8 from the bytes the process was started with (Linux keeps them in
     * /proc/self/environ), or empty when this system does not show them or they are not UTF-8.
     */
    static java.util.Optional<char[]> utf8(String name) {
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
}
