package org.outboxdoctor.ui;

import java.util.List;
import java.util.Set;

import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;
import org.outboxdoctor.ui.CheckOutcome.StepResult;

/**
 * The live-check pages of the wizard, in the order of the help articles they replace: each constant is its page's
 * {@link LiveStep} unit, which owns the page's codes, texts and rows. {@code CheckStepTest} proves every
 * {@link FindingCode} belongs to exactly one page, so a new code cannot go unnoticed in the wizard.
 */
public enum CheckStep {
    PASSWORD(new PasswordStep()),
    SERVER(new ServerStep()),
    PORT(new PortStep()),
    FIREWALL(new FirewallStep()),
    ACCOUNT_STATUS(new AccountStatusStep()),
    BLACKLIST(new BlacklistStep());

    private final LiveStep unit;

    CheckStep(LiveStep unit) {
        this.unit = unit;
    }

    /** The finding codes this page reports. */
    public Set<FindingCode> codes() {
        return unit.codes();
    }

    /** The page that reports {@code code}. */
    public static CheckStep of(FindingCode code) {
        for (CheckStep step : values()) {
            if (step.codes().contains(code)) {
                return step;
            }
        }
        throw new IllegalArgumentException("No wizard page reports " + code + ": add it to a LiveStep");
    }

    String title(Messages messages) {
        return unit.title(messages);
    }

    String intro(Messages messages) {
        return unit.intro(messages);
    }

    String okHeadline(Messages messages) {
        return unit.okHeadline(messages);
    }

    boolean shows(Judgement judgement) {
        return unit.shows(judgement);
    }

    List<Row> firstRows(LiveRows.Run run) {
        return unit.firstRows(run);
    }

    void progress(ProgressEvent event, LiveRows rows, LiveRows.Run run) {
        unit.progress(event, rows, run);
    }

    StepResult nothingKnown(List<Row> rows, Messages messages) {
        return unit.nothingKnown(this, rows, messages);
    }
}
