package org.outboxdoctor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.outboxdoctor.testing.PastedMessages.OUTLOOK_PORT_25;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.Severity;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.settings.Security;

/** The pasted message held against a diagnosis: confirmed, not seen, or cannot tell, in one plain sentence. */
class ErrorComparisonTest {
    private static final Explainer EXPLAINER = Explainer.load();
    private static final ExplainTexts TEXTS = ExplainTexts.english();

    private static Judgement port(int port, Severity severity) {
        return new Judgement("port-" + port, new ProbeId.SmtpPort(port), Judgement.Aspect.CONNECTION, severity,
                "Port " + port, List.of(), List.of(), "");
    }

    private static Finding finding(FindingCode code, String title) {
        return new Finding(code, code == FindingCode.CAN_SEND ? Severity.OK : Severity.PROBLEM, title, "", List.of(), List.of());
    }

    private static Diagnosis diagnosis(Verdict verdict, List<Finding> findings, Judgement... judgements) {
        return new Diagnosis(verdict, findings, Optional.empty(), List.of(judgements));
    }

    private static ErrorComparison compare(String message, Diagnosis diagnosis) {
        return ErrorComparison.of(EXPLAINER.explain(message), diagnosis);
    }

    @Test
    void port25FoundBlockedConfirmsTheMessageInOnePlainSentence() {
        ErrorComparison c = compare(OUTLOOK_PORT_25, diagnosis(Verdict.PROBLEM,
                List.of(finding(FindingCode.PORT_BLOCKED, "Port 25 is blocked")), port(25, Severity.PROBLEM), port(587, Severity.OK)));

        assertEquals(ErrorComparison.Result.CONFIRMED, c.result());
        assertEquals(Optional.of(true), c.confirmed());
        assertEquals("Your mail program said it could not connect on port 25; the check found port 25 blocked by your network.",
                c.sentence(TEXTS));
    }

    @Test
    void port25WorkingIsNotSeen() {
        ErrorComparison c = compare(OUTLOOK_PORT_25, diagnosis(Verdict.CAN_SEND,
                List.of(finding(FindingCode.CAN_SEND, "It works")), port(25, Severity.OK)));

        assertEquals(ErrorComparison.Result.NOT_SEEN, c.result());
        assertEquals(Optional.of(false), c.confirmed());
        assertEquals("Your mail program said it could not connect on port 25; the check did not see that: port 25 works from here.",
                c.sentence(TEXTS));
    }

    @Test
    void aPortTheCheckDidNotTryCannotBeTold() {
        ErrorComparison c = compare(OUTLOOK_PORT_25.replace("Port: 25", "Port: 2525"), diagnosis(Verdict.PROBLEM,
                List.of(finding(FindingCode.PORT_BLOCKED, "Port 25 is blocked")), port(25, Severity.PROBLEM)));

        assertEquals(ErrorComparison.Result.CANNOT_TELL, c.result());
        assertEquals(Optional.empty(), c.confirmed());
        assertEquals("Your mail program said it could not connect on port 2525; the check has no clear answer about port 2525,"
                + " so it cannot tell.", c.sentence(TEXTS));
    }

    @Test
    void aRefusedPasswordMatchesTheCheckFindingUnderItsOwnName() {
        ErrorComparison c = compare("535 5.7.8 Username and Password not accepted.", diagnosis(Verdict.PROBLEM,
                List.of(finding(FindingCode.WRONG_PASSWORD, "The password was not accepted"))));

        assertEquals(ErrorComparison.Result.CONFIRMED, c.result());
        assertEquals("Your error message and the check agree: The password was not accepted", c.sentence(TEXTS));
    }

    @Test
    void anotherProblemIsNamedAndUnknownTextIsSaidHonestly() {
        Diagnosis other = diagnosis(Verdict.PROBLEM, List.of(finding(FindingCode.IP_BLACKLISTED, "Your address is on a blocklist")));

        assertEquals("The check did not see the problem from your error message; it found this instead: Your address is on a blocklist",
                compare("535 5.7.8 Username and Password not accepted.", other).sentence(TEXTS));
        ErrorComparison unknown = compare("my computer is slow", other);
        assertEquals(ErrorComparison.Result.CANNOT_TELL, unknown.result());
        assertEquals("unknownMessage", unknown.key());
        assertEquals(ErrorComparison.Result.CANNOT_TELL, compare("535 5.7.8 Username and Password not accepted.",
                diagnosis(Verdict.INCOMPLETE, List.of())).result());
    }

    @Test
    void theMessageRevealsTheOutgoingSettingsButNotTheIncomingOnes() {
        SendingSettings sending = SendingSettings.of(EXPLAINER.explain(OUTLOOK_PORT_25));
        assertEquals(Optional.of("mail.example.test"), sending.server());
        assertEquals(Optional.of(25), sending.port());
        assertEquals(Optional.of(Security.NONE), sending.security());

        SendingSettings encrypted = SendingSettings.of(EXPLAINER.explain(OUTLOOK_PORT_25.replace("Port: 25, Secure(SSL): No",
                "Port: 465, Secure(SSL): Yes")));
        assertEquals(Optional.of(Security.TLS), encrypted.security());

        String receiving = "Receiving reported error (0x800CCC0E) : 'Cannot connect to the server.' Server: 'pop.example.test', "
                + "Protocol: POP3, Port: 110, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E";
        assertEquals(SendingSettings.NONE, SendingSettings.of(EXPLAINER.explain(receiving)));
    }
}
