package org.outboxdoctor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.outboxdoctor.testing.FuzzGuard;

/**
 * Coverage-guided (Jazzer): any text a customer could paste, through the error-message explainer. It answers
 * (a meaning always, a certainty exactly when it recognised something) and never throws; what it reads out of the
 * text is well formed: a port is a real port, a server name is not blank, an error number is Outlook's hex, a quoted
 * server reply is a 4xx or 5xx one.
 *
 * <p>Seeds (recorded messages, see recorded-messages.tsv) and saved crashes:
 * src/test/resources/org/outboxdoctor/explain/ExplainerGuidedFuzzTestInputs/.
 */
public class ExplainerGuidedFuzzTest {
    static {
        FuzzGuard.requireLoopbackOnly();
    }

    private static final Explainer EXPLAINER = Explainer.load();

    @FuzzTest(maxDuration = "5s")
    public void pastedMessage(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        if (text.length() > Explainer.MAX_CHARS) {
            return; // refused with a sentence: ExplainerFuzzTest.textOverTheLimitIsRefusedWithASentence
        }
        Explanation e = EXPLAINER.explain(text);
        assertFalse(e.meaning().isBlank());
        assertEquals(e.recognised(), e.certainty().isPresent(), e::toString);
        e.settings().port().ifPresent(p -> assertTrue(p > 0 && p < 65536, e::toString));
        e.settings().server().ifPresent(s -> assertFalse(s.isBlank(), e::toString));
        e.errorCode().ifPresent(c -> assertTrue(c.matches("0x[0-9A-F]+"), c));
        e.serverReply().ifPresent(r -> assertTrue(r.code() >= 400 && r.code() < 600 && !r.lines().isEmpty(), r::toString));
    }
}
