package org.outboxdoctor.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.outboxdoctor.explain.ExplainerGuidedFuzzTest;
import org.outboxdoctor.mailprograms.MailProgramReadersGuidedFuzzTest;
import org.outboxdoctor.probe.discovery.AutoconfigGuidedFuzzTest;
import org.outboxdoctor.probe.dns.DnsAnswerGuidedFuzzTest;
import org.outboxdoctor.probe.login.MailboxResponseGuidedFuzzTest;
import org.outboxdoctor.probe.smtp.SmtpReplyGuidedFuzzTest;

/**
 * Every coverage-guided target in one, for the bounded run of `mvn verify`: Jazzer fuzzes one target per JVM and a
 * JVM with its agent costs far more than the seconds of fuzzing, so the build starts one and lets libFuzzer share
 * its time among the readers (the last byte picks one; the rest is that target's input, with its invariants). The
 * targets themselves run one per JVM, minutes each, with -Pfuzz.
 *
 * <p>Seeds: every target's seeds with its number appended, in AllReadersGuidedFuzzTestInputs/anyReader/.
 */
public class AllReadersGuidedFuzzTest {
    private static final SmtpReplyGuidedFuzzTest SMTP = new SmtpReplyGuidedFuzzTest();
    private static final MailboxResponseGuidedFuzzTest MAILBOX = new MailboxResponseGuidedFuzzTest();
    private static final DnsAnswerGuidedFuzzTest DNS = new DnsAnswerGuidedFuzzTest();
    private static final AutoconfigGuidedFuzzTest AUTOCONFIG = new AutoconfigGuidedFuzzTest();
    private static final ExplainerGuidedFuzzTest EXPLAINER = new ExplainerGuidedFuzzTest();
    private static final MailProgramReadersGuidedFuzzTest MAIL_PROGRAMS = new MailProgramReadersGuidedFuzzTest();

    @FuzzTest(maxDuration = "30s")
    void anyReader(FuzzedDataProvider data) throws IOException {
        switch (data.consumeInt(0, 7)) {
            case 0 -> SMTP.repliesAndEhlo(data.consumeRemainingAsBytes());
            case 1 -> MAILBOX.greetingCapabilityAndLiterals(data);
            case 2 -> DNS.answer(data.consumeRemainingAsBytes());
            case 3 -> DNS.blocklistAnswer(data.consumeRemainingAsBytes());
            case 4 -> AUTOCONFIG.configFile(data);
            case 5 -> EXPLAINER.pastedMessage(data);
            case 6 -> MAIL_PROGRAMS.prefsJs(data);
            default -> MAIL_PROGRAMS.regQuery(data);
        }
    }
}
