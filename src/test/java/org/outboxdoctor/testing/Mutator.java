package org.outboxdoctor.testing;

import java.util.Random;

/**
 * The seeded mutator of the fuzz targets: from a well-formed seed, a few random edits (replace, insert, delete,
 * duplicate a span, cut) with characters from an alphabet that matters to the reader under test. The same seed
 * and case number give the same input on every run, so a failure names the case to replay.
 */
public final class Mutator {
    private Mutator() {
    }

    /** Cases per fuzz target: seconds in every build, a long run with {@code -Pfuzz}. */
    public static int cases() {
        return Integer.getInteger("outboxdoctor.fuzzCases", 5000);
    }

    public static String mutate(Random random, String seed, String alphabet) {
        StringBuilder s = new StringBuilder(seed);
        for (int edits = 1 + random.nextInt(6); edits > 0; edits--) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                case 1 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 2 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                case 3 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(40));
                    s.insert(end, s.substring(at, end));
                }
                case 4 -> s.setLength(at);
                default -> s.insert(at, String.valueOf(random.nextLong()).repeat(1 + random.nextInt(3)));
            }
        }
        return s.toString();
    }

    public static byte[] mutate(Random random, byte[] seed) {
        byte[] b = seed.clone();
        for (int edits = 1 + random.nextInt(4); edits > 0 && b.length > 0; edits--) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 2 -> b = java.util.Arrays.copyOf(b, at);
                default -> b[at] = (byte) (random.nextBoolean() ? 0xFF : 0);
            }
        }
        return b;
    }
}
