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
