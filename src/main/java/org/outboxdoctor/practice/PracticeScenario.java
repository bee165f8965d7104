package org.outboxdoctor.practice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outboxdoctor.diagnosis.Diagnosis;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.settings.Security;

/**
 * One practice scenario from {@code scenarios.json}: what the picker shows ({@link #title()}), the mail
 * program's settings the trainee starts from, and what the scenario teaches ({@link #teaches()}, shown at the
 * end as "what this scenario was", with {@link #expectedTop()}). Start it with {@link PracticeWorld#start}.
 */
public final class PracticeScenario {
    private final String id;
    private final String title;
    private final String teaches;
    private final FindingCode expectedTop;
    private final List<FindingCode> alsoExpected;
    private final int expectedExit;
    private final MailProgram mailProgram;
    private final ScenarioData.Base base;
    private final ScenarioData.World world;

    PracticeScenario(String id, String title, String teaches, FindingCode expectedTop, List<FindingCode> alsoExpected,
                     int expectedExit, MailProgram mailProgram, ScenarioData.Base base, ScenarioData.World world) {
        this.id = id;
        this.title = title;
        this.teaches = teaches;
        this.expectedTop = expectedTop;
        this.alsoExpected = List.copyOf(alsoExpected);
        this.expectedExit = expectedExit;
        this.mailProgram = mailProgram;
        this.base = base;
        this.world = world;
    }

    /** Stable, lower-case, for `practice run NAME`. */
    public String id() {
        return id;
    }

    /** One line for the picker, in English. */
    public String title() {
        return title;
    }

    /** One line for the picker, in {@code language} (English where no translation has it). */
    public String title(Locale language) {
        return ScenarioTexts.title(id, language);
    }

    /** "What this scenario was": the cause, how the check tells it apart, and the fix; a short paragraph in English. */
    public String teaches() {
        return teaches;
    }

    /** "What this scenario was" in {@code language} (English where no translation has it). */
    public String teaches(Locale language) {
        return ScenarioTexts.teaches(id, language);
    }

    /** The finding the check puts first in this scenario. */
    public FindingCode expectedTop() {
        return expectedTop;
    }

    /** Further findings the check also reports here (e.g. CAN_SEND next to an informational listing). */
    public List<FindingCode> alsoExpected() {
        return alsoExpected;
    }

    /** The `check` exit status this scenario ends with: 0 can send, 1 problem, 3 could not finish. */
    public int expectedExit() {
        return expectedExit;
    }

    /** The mail program's settings as the trainee finds them. */
    public MailProgram mailProgram() {
        return mailProgram;
    }

    /** The name of the file the trainee wants to send, when the scenario has one. */
    public Optional<String> attachmentName() {
        return Optional.ofNullable(world.attachment).map(a -> a.name);
    }

    /** True when the diagnosis puts this scenario's lesson first. */
    public boolean isTaughtBy(Diagnosis diagnosis) {
        return diagnosis.top().map(Finding::code).orElse(null) == expectedTop;
    }

    ScenarioData.Base base() {
        return base;
    }

    ScenarioData.World world() {
        return world;
    }

    @Override
    public String toString() {
        return id + ": " + title;
    }

    /**
     * The mail program's outgoing settings in the scenario.
     *
     * @param rightPassword whether the password typed in the mail program is the account's (false: a typo)
     */
    public record MailProgram(String address, String username, String server, int port, Security security, boolean auth,
                              boolean rightPassword) {
    }
}
