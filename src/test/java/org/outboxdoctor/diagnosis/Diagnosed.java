package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.evidence.CheckEvidence;

/** The rule tests' one way to run the diagnosis (in the base language, English) and to read what it found. */
final class Diagnosed {
    private Diagnosed() {
    }

    static Diagnosis diagnose(CheckEvidence.Builder evidence) {
        return new Diagnoser(Locale.ROOT).diagnose(evidence.build());
    }

    /** The finding with this code; fails naming the codes found when there is none. */
    static Finding finding(Diagnosis d, FindingCode code) {
        return d.findings().stream().filter(f -> f.code() == code).findFirst()
                .orElseGet(() -> fail("no " + code + " among " + d.codes()));
    }

    /** The finding with this code, checked for how much it matters and how sure it is. */
    static Finding finding(Diagnosis d, FindingCode code, Severity severity, Certainty certainty) {
        Finding f = finding(d, code);
        assertEquals(severity, f.severity(), code + " severity");
        assertEquals(certainty, f.certainty(), code + " certainty");
        assertEquals(certainty == Certainty.PROVEN, f.settle().isEmpty(),
                code + ": a finding says how to settle it exactly when it is not proven: " + f.settle());
        return f;
    }

    static void assertNoFinding(Diagnosis d, FindingCode code) {
        assertFalse(d.codes().contains(code), code + " found: " + d.findings());
    }

    /** Every fragment appears somewhere in the finding's words: title, detail, evidence, fix or how to settle it. */
    static void assertSays(Finding f, String... fragments) {
        List<String> words = new ArrayList<>(List.of(f.title(), f.detail(), f.settle()));
        words.addAll(f.evidence());
        words.addAll(f.fix());
        String all = String.join("\n", words);
        for (String fragment : fragments) {
            assertTrue(all.contains(fragment), f.code() + " should say \"" + fragment + "\":\n" + all);
        }
    }

    static void assertNotSays(Finding f, String fragment) {
        String all = String.join("\n", f.title(), f.detail(), f.settle(), String.join("\n", f.evidence()),
                String.join("\n", f.fix()));
        assertFalse(all.contains(fragment), f.code() + " should not say \"" + fragment + "\":\n" + all);
    }
}
