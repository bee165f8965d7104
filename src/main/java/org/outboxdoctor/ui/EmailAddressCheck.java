package org.outboxdoctor.ui;

import java.util.regex.Pattern;

/**
 * The UI's "does this look like an email address?" test: enough to enable the button and to flag typos
 * such as a missing {@code @} or a missing domain ending. It does not decide what the server accepts.
 */
public final class EmailAddressCheck {

    /**
     * Something without spaces or {@code @}, an {@code @}, then at least two dot-separated labels
     * (letters, digits, inner hyphens, international letters allowed), the last one at least two letters.
     */
    private static final Pattern LOOKS_VALID = Pattern.compile(
            "[^\\s@]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}");

    private EmailAddressCheck() {
    }

    /** True if {@code text}, ignoring spaces around it, looks like a complete email address. */
    public static boolean looksValid(String text) {
        if (text == null) {
            return false;
        }
        String address = text.strip();
        return address.length() <= 254
                && !address.startsWith(".")
                && !address.contains("..")
                && !address.contains(".@")
                && LOOKS_VALID.matcher(address).matches();
    }
}
