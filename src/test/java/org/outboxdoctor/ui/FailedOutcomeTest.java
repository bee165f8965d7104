package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.report.ReportStamp;
import org.outboxdoctor.settings.Secret;

/** A run that ended in our own error: words for the customer, Java's text only in the report, never the secret. */
class FailedOutcomeTest {
    private static final ReportStamp STAMP = ReportStamp.of(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void ourOwnErrorIsSaidInWordsAndItsJavaTextStaysInTheReport() {
        for (Language language : Language.values()) {
            Messages messages = Messages.load(language);
            Redactor redactor = new Redactor("alice", Secret.of("hunter2 secret".toCharArray()));
            CheckOutcome outcome = new OutcomePresenter(messages).failed(messages.get("check.failedInApp"),
                    "IllegalStateException: state broken after hunter2 secret", redactor, STAMP);

            String shown = outcome.failure().orElseThrow();
            assertEquals(messages.get("check.failedInApp"), shown, language.name());
            assertFalse(shown.contains("Exception"), shown);
            assertTrue(outcome.textReport().contains("IllegalStateException: state broken after"), outcome.textReport());
            assertTrue(outcome.htmlReport().contains("IllegalStateException: state broken after"), outcome.htmlReport());
            assertFalse(outcome.textReport().contains("hunter2"), outcome.textReport());
            assertFalse(outcome.htmlReport().contains("hunter2"), outcome.htmlReport());
        }
    }

    @Test
    void aSettingProblemNeedsNoDetailsLine() {
        Messages messages = Messages.load(Language.EN);
        CheckOutcome outcome = new OutcomePresenter(messages).failed("The trust store file x cannot be read.", "",
                new Redactor(Secret.none()), STAMP);
        assertFalse(outcome.textReport().contains("Details"), outcome.textReport());
    }
}
