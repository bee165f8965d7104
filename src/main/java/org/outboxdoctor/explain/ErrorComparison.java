package org.outboxdoctor.explain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.Severity;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.evidence.ProbeId;

/**
 * Whether the check saw what the customer's error message said: the message's finding (and port) held against the
 * diagnosis' findings and its judgement of that port. It judges no evidence itself; the wizard's answer page and
 * {@code check --error-text} only show its sentence.
 *
 * @param key       the sentence's key in explanations.properties, without "explain.compare."
 * @param arguments the sentence's arguments, as text (a port number, a finding's title)
 */
public record ErrorComparison(Result result, String key, List<Object> arguments) {

    /** confirmed, not seen, cannot tell; the word is the stable name in `check --json`. */
    public enum Result {
        CONFIRMED("confirmed"), NOT_SEEN("notSeen"), CANNOT_TELL("cannotTell");

        private final String word;

        Result(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final Set<String> CANNOT_CONNECT = Set.of("PORT_BLOCKED", "PORT_REFUSED", "SMTP_UNREACHABLE");

    /**
     * Codes the check reports under another name than a mail program's message does: a refused login is one thing
     * to the check, whatever the provider's reason (the codes not yet in FindingCode among them).
     */
    private static final Map<String, Set<String>> SAME_PROBLEM = Map.of(
            "LOGIN", Set.of("WRONG_PASSWORD", "SMTP_AUTH_REFUSED", "ACCOUNT_SUSPENDED", "OAUTH_REQUIRED",
                    "APP_PASSWORD_REQUIRED", "SMTP_AUTH_DISABLED", "SIGN_IN_BLOCKED", "OAUTH_TOKEN_REFUSED", "OAUTH_NOT_OFFERED"),
            "CONNECT", Set.of("PORT_BLOCKED", "PORT_REFUSED", "SMTP_UNREACHABLE", "OFFLINE"),
            "TLS", Set.of("TLS_MODE_MISMATCH", "TLS_REQUIRED"),
            "AUTH", Set.of("AUTH_NOT_USED", "AUTH_NOT_OFFERED", "SENDER_NOT_ALLOWED"),
            "CERT", Set.of("CERT_NAME_MISMATCH", "CERT_UNTRUSTED", "TLS_INTERCEPTED", "CONNECTION_INTERCEPTED"));

    public ErrorComparison {
        arguments = List.copyOf(arguments);
    }

    /** True when confirmed, false when the check did not see it, empty when it cannot tell. */
    public Optional<Boolean> confirmed() {
        return result == Result.CANNOT_TELL ? Optional.empty() : Optional.of(result == Result.CONFIRMED);
    }

    public String sentence(ExplainTexts texts) {
        return texts.format("compare." + key, arguments.toArray());
    }

    public static ErrorComparison of(Explanation explanation, Diagnosis diagnosis) {
        if (!explanation.recognised()) {
            return new ErrorComparison(Result.CANNOT_TELL, "unknownMessage", List.of());
        }
        if (explanation.finding().isEmpty()) {
            return new ErrorComparison(Result.CANNOT_TELL, "saysTooLittle", List.of());
        }
        String said = explanation.finding().get();
        Optional<Integer> port = explanation.settings().port();
        if (CANNOT_CONNECT.contains(said) && port.isPresent()) {
            return port(port.get(), diagnosis);
        }
        Optional<Finding> same = diagnosis.findings().stream().filter(f -> sameProblem(said, f.code())).findFirst();
        if (same.isPresent()) {
            return new ErrorComparison(Result.CONFIRMED, "same", List.of(same.get().title()));
        }
        if (said.equals("SERVER_NOT_FOUND") && diagnosis.judgementOf(ProbeId.SERVER_NAME)
                .map(j -> j.severity() == Severity.OK).orElse(false)) {
            return new ErrorComparison(Result.NOT_SEEN, "serverFound", List.of());
        }
        if (diagnosis.verdict() == Verdict.CAN_SEND) {
            return new ErrorComparison(Result.NOT_SEEN, "canSend", List.of());
        }
        if (diagnosis.verdict() == Verdict.INCOMPLETE) {
            return new ErrorComparison(Result.CANNOT_TELL, "incomplete", List.of());
        }
        return new ErrorComparison(Result.NOT_SEEN, "other",
                List.of(diagnosis.top().map(Finding::title).orElse("")));
    }

    /** The message says it could not connect on this port: what the check's judgement of that port says. */
    private static ErrorComparison port(int port, Diagnosis diagnosis) {
        Optional<Judgement> judgement = diagnosis.judgementOf(new ProbeId.SmtpPort(port));
        Severity severity = judgement.map(Judgement::severity).orElse(Severity.UNKNOWN);
        if (severity == Severity.OK) {
            return new ErrorComparison(Result.NOT_SEEN, "connect.works", List.of(String.valueOf(port)));
        }
        if (severity != Severity.WARNING && severity != Severity.PROBLEM) {
            return new ErrorComparison(Result.CANNOT_TELL, "connect.notTried", List.of(String.valueOf(port)));
        }
        List<FindingCode> codes = diagnosis.codes();
        String how = codes.contains(FindingCode.PORT_BLOCKED) ? "connect.blocked"
                : codes.contains(FindingCode.PORT_REFUSED) ? "connect.refused"
                : codes.contains(FindingCode.SMTP_UNREACHABLE) || codes.contains(FindingCode.OFFLINE) ? "connect.unreachable"
                : "connect.failed";
        return new ErrorComparison(Result.CONFIRMED, how, List.of(String.valueOf(port)));
    }

    private static boolean sameProblem(String said, FindingCode found) {
        if (said.equals(found.name())) {
            return true;
        }
        return SAME_PROBLEM.values().stream().anyMatch(family -> family.contains(said) && family.contains(found.name()));
    }
}
