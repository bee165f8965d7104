package org.outboxdoctor.probe.smtp;

/**
 * How big a message with an attachment is on the wire: base64 turns 3 bytes into 4 characters in
 * lines of 76 plus CRLF (RFC 2045), factor 1.37, plus headers and MIME parts (protocol-facts.md §8).
 */
public final class MessageSize {
    /** Headers, the short text part, boundaries and the attachment's part headers. */
    static final long OVERHEAD = 4 * 1024;

    private MessageSize() {
    }

    /** The exact base64 size of {@code bytes} bytes with 76-character lines. */
    public static long base64(long bytes) {
        long chars = 4 * ((bytes + 2) / 3);
        long lines = (chars + 75) / 76;
        return chars + 2 * lines;
    }

    /** The size a message carrying these attachment bytes has when sent. */
    public static long onTheWire(long attachmentBytes) {
        return base64(attachmentBytes) + OVERHEAD;
    }

    /** The largest attachment that still fits a message limit. */
    public static long largestAttachment(long messageLimit) {
        long budget = Math.max(0, messageLimit - OVERHEAD);
        // 57 input bytes make one 78-byte line
        return budget / 78 * 57;
    }
}
