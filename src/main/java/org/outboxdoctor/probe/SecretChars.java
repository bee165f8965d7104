package org.outboxdoctor.probe;

import java.util.Arrays;

/**
 * A growing char buffer that wipes every array it leaves behind: the encoded forms of a password are as
 * secret as the password, so they are built without passing through a String.
 */
final class SecretChars {
    private char[] chars;
    private int length;

    SecretChars(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    SecretChars append(char c) {
        if (length == chars.length) {
            char[] bigger = Arrays.copyOf(chars, chars.length * 2);
            Arrays.fill(chars, '\0');
            chars = bigger;
        }
        chars[length++] = c;
        return this;
    }

    /** Appends text that is no secret (an escape sequence, a hex pair). */
    SecretChars append(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            append(plain.charAt(i));
        }
        return this;
    }

    /** A copy of the content; the buffer is wiped. */
    char[] take() {
        char[] result = Arrays.copyOf(chars, length);
        Arrays.fill(chars, '\0');
        length = 0;
        return result;
    }
}
