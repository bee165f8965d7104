package org.outboxdoctor.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads CRLF-terminated protocol lines (a bare LF is tolerated, as most servers do) with a length limit.
 * It buffers, so whoever switches the stream underneath (STARTTLS) must make a new reader and thereby drop
 * whatever the old one had buffered.
 */
final class LineReader {

    /** Thrown after the whole overlong line has been consumed, so the dialogue can go on. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(int limit) {
            super("line longer than " + limit + " bytes");
        }
    }

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int length;

    LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its terminator, decoded as ISO-8859-1; null at end of stream. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        while (true) {
            if (position == length) {
                length = in.read(buffer);
                position = 0;
                if (length < 0) {
                    length = 0;
                    return line.size() == 0 && !tooLong ? null : finish(line, tooLong);
                }
            }
            byte b = buffer[position++];
            if (b == '\n') {
                return finish(line, tooLong);
            }
            if (line.size() < limit + 1) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
    }

    private String finish(ByteArrayOutputStream line, boolean tooLong) throws LineTooLongException {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (tooLong || end > limit) {
            throw new LineTooLongException(limit);
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }
}
