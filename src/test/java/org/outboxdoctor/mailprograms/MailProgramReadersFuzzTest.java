package org.outboxdoctor.mailprograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.testing.Mutator;

/**
 * The readers of files and command output a mail program leaves on this computer, against mutated copies: a
 * Thunderbird prefs.js and the output of Windows' {@code reg query} for Outlook. Both read what they can and skip
 * the rest; neither throws, loops or keeps a password.
 */
class MailProgramReadersFuzzTest {
    private static final String PREFS = """
            // Mozilla User Preferences
            user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.com");
            user_pref("mail.smtpserver.smtp1.port", 587);
            user_pref("mail.smtpserver.smtp1.try_ssl", 2);
            user_pref("mail.identity.id1.valid", true);
            user_pref("mail.server.server1.offset", -5);
            user_pref("mail.accountmanager.accounts", "account1, account2,,account3");
            user_pref("mail.identity.id1.fullName", "Anna \\"Nan\\" O\\'Brien \\\\ M\\u00FCller \\xE9");
            /* a block
               comment */ pref("mail.smtpservers", "smtp1");
            sticky_pref("mail.server.server1.password", "never kept");
            """;

    @Test
    void prefsJsIsReadOrSkippedLineByLine() {
        Random random = new Random(2711);
        String alphabet = "\"'\\/*(),;: \n\r\tu0123456789abcdefxX_.-truefalse\u00e9\uFEFF";
        for (int i = 0; i < Mutator.cases(); i++) {
            String text = Mutator.mutate(random, PREFS, alphabet);
            Prefs prefs = PrefsJsParser.parse(text);
            assertNotNull(prefs.values(), "case " + i);
            assertTrue(prefs.skippedLines() >= 0, "case " + i);
            for (Object value : prefs.values().values()) {
                assertTrue(value instanceof String || value instanceof Integer || value instanceof Boolean, "case " + i + ": " + value);
            }
        }
        Prefs seed = PrefsJsParser.parse(PREFS);
        assertEquals("smtp.example.com", seed.values().get("mail.smtpserver.smtp1.hostname"));
        assertEquals(0, seed.skippedLines());
    }

    @Test
    void regQueryOutputIsReadWithoutPasswords() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("reg-query-outlook16.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Random random = new Random(8020);
        String alphabet = "HKEY_\\ REG_SZBINARYDWORDQ0x0123456789abcdefABCDEF{}-\r\n\t    Password";
        for (int i = 0; i < Mutator.cases(); i++) {
            String output = Mutator.mutate(random, seed, alphabet);
            for (RegQueryParser.RawAccount account : RegQueryParser.parse(output)) {
                for (String name : account.values().keySet()) {
                    assertTrue(!name.toLowerCase(java.util.Locale.ROOT).contains("password"), "case " + i + ": " + name);
                }
            }
        }
        assertTrue(RegQueryParser.parse(seed).size() >= 2, "the seed is read");
    }
}
