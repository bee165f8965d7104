package org.outboxdoctor.settings;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A password held as characters so it can be wiped after the run; it never prints itself.
 */
public final class Secret implements AutoCloseable {
    private final char[] chars;
    private volatile boolean cleared;

    private Secret(char[] chars) {
        this.chars = chars;
    }

    /** Takes ownership of the array: the caller must not keep using it. */
    public static Secret of(char[] chars) {
        return new Secret(chars);
    }

    public static Secret none() {
        return new Secret(new char[0]);
    }

    public boolean isEmpty() {
        return chars.length == 0;
    }

    public int length() {
        return chars.length;
    }

    /** A copy the caller must wipe with {@link #wipe(char[])} after use. */
    public char[] copy() {
        ensureUsable();
        return chars.clone();
    }

    /** The UTF-8 bytes; the caller wipes them with {@link #wipe(byte[])} after use. */
    public byte[] utf8() {
        ensureUsable();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /** True if the text contains the password; used by the redactor only. */
    public boolean occursIn(CharSequence text) {
        if (cleared || chars.length == 0 || text.length() < chars.length) {
            return false;
        }
        outer:
        for (int i = 0; i + chars.length <= text.length(); i++) {
            for (int j = 0; j < chars.length; j++) {
                if (text.charAt(i + j) != chars[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public boolean isCleared() {
        return cleared;
    }

    @Override
    public void close() {
        Arrays.fill(chars, '\0');
        cleared = true;
    }

    private void ensureUsable() {
        if (cleared) {
            throw new IllegalStateException("the password was already wiped");
        }
    }

    public static void wipe(char[] array) {
        if (array != null) {
            Arrays.fill(array, '\0');
        }
    }

    public static void wipe(byte[] array) {
        if (array != null) {
            Arrays.fill(array, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "********";
    }
}
