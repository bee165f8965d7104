package org.outboxdoctor.mailprograms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outboxdoctor.testing.FuzzGuard;

/**
 * Coverage-guided (Jazzer): the files and command output a mail program leaves on this computer, read as the app
 * reads them into found accounts: a Thunderbird prefs.js and the output of Windows' {@code reg query} for Outlook.
 * Neither reader throws or keeps a value whose name mentions a password; every port an account is found with is a
 * real port.
 *
 * <p>Seeds (Thunderbird's and Outlook's own formats) and saved crashes:
 * src/test/resources/org/outboxdoctor/mailprograms/MailProgramReadersGuidedFuzzTestInputs/.
 */
public class MailProgramReadersGuidedFuzzTest {
    static {
        FuzzGuard.requireLoopbackOnly();
    }

    private static final MailProgramsTexts TEXTS = new MailProgramsTexts(Locale.ROOT);

    @FuzzTest(maxDuration = "5s")
    public void prefsJs(FuzzedDataProvider data) {
        Prefs prefs = PrefsJsParser.parse(data.consumeRemainingAsString());
        assertTrue(prefs.skippedLines() >= 0);
        for (var entry : prefs.values().entrySet()) {
            assertFalse(entry.getKey().toLowerCase(Locale.ROOT).contains("password"), entry.getKey());
            Object value = entry.getValue();
            assertTrue(value instanceof String || value instanceof Integer || value instanceof Boolean,
                    String.valueOf(value));
        }
        assertRealPorts(ThunderbirdAccounts.read(prefs, "default", true, TEXTS));
    }

    @FuzzTest(maxDuration = "5s")
    public void regQuery(FuzzedDataProvider data) {
        List<RegQueryParser.RawAccount> raw = RegQueryParser.parse(data.consumeRemainingAsString());
        for (RegQueryParser.RawAccount account : raw) {
            for (String name : account.values().keySet()) {
                assertFalse(name.toLowerCase(Locale.ROOT).contains("password"), name);
            }
        }
        assertRealPorts(OutlookAccounts.from(raw, TEXTS));
    }

    private static void assertRealPorts(List<FoundAccount> accounts) {
        for (FoundAccount account : accounts) {
            Optional<Integer> out = account.outgoing().flatMap(FoundAccount.Outgoing::port);
            Optional<Integer> in = account.incoming().flatMap(FoundAccount.Incoming::port);
            out.ifPresent(p -> assertTrue(p > 0 && p < 65536, () -> "outgoing port " + p + " of " + account));
            in.ifPresent(p -> assertTrue(p > 0 && p < 65536, () -> "incoming port " + p + " of " + account));
        }
    }
}
