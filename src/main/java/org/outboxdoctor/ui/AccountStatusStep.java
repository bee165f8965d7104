package org.outboxdoctor.ui;

import java.util.List;

import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;

/** "Account status and limits": bans, suspensions, quotas, sizes, and that the account may send at all. */
final class AccountStatusStep extends LiveStep {
    private static final String SENDING = "relay";

    AccountStatusStep() {
        super("steps.account", FindingCode.CAN_SEND, FindingCode.RATE_LIMITED, FindingCode.ACCOUNT_SUSPENDED,
                FindingCode.SENDING_LIMIT_REACHED, FindingCode.MESSAGE_TOO_LARGE, FindingCode.SERVER_ERROR,
                FindingCode.SENDER_NOT_ALLOWED);
    }

    @Override
    boolean shows(Judgement judgement) {
        return judgement.aspect() == Aspect.SENDING || judgement.aspect() == Aspect.SENDER || judgement.aspect() == Aspect.SIZE;
    }

    @Override
    List<Row> firstRows(LiveRows.Run run) {
        return List.of(LiveRows.running(SENDING, run.messages().get("row.relay.running")));
    }

    @Override
    void progress(ProgressEvent event, LiveRows rows, LiveRows.Run run) {
        waitForEveryPort(event, rows, run, SENDING, run.messages().get("row.relay.running"));
    }
}
