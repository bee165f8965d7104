package org.outboxdoctor.ui;

import java.util.List;

import org.outboxdoctor.diagnosis.EvidenceLines;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;

/** "Password and login": logging in to read mail and to send. A wrong password is the most common cause. */
final class PasswordStep extends LiveStep {
    private static final String SENDING_LOGINS = "auth";

    PasswordStep() {
        super("steps.password", FindingCode.SIGN_IN_BLOCKED, FindingCode.OAUTH_REQUIRED, FindingCode.SMTP_AUTH_DISABLED,
                FindingCode.APP_PASSWORD_REQUIRED, FindingCode.OAUTH_TOKEN_REFUSED, FindingCode.OAUTH_NOT_OFFERED,
                FindingCode.WRONG_PASSWORD, FindingCode.SMTP_AUTH_REFUSED, FindingCode.AUTH_PROTOCOL_ERROR,
                FindingCode.AUTH_NOT_USED, FindingCode.AUTH_NOT_OFFERED, FindingCode.TLS_REQUIRED, FindingCode.TLS_NOT_OFFERED);
    }

    @Override
    boolean shows(Judgement judgement) {
        return judgement.aspect() == Aspect.MAILBOX_LOGIN || judgement.aspect() == Aspect.SENDING_LOGIN;
    }

    @Override
    List<Row> firstRows(LiveRows.Run run) {
        return List.of(LiveRows.running(SENDING_LOGINS, run.messages().get("row.auth.running")));
    }

    @Override
    void progress(ProgressEvent event, LiveRows rows, LiveRows.Run run) {
        if (event.probe() instanceof ProbeId.MailboxLogin login) {
            String where = run.mailbox(login);
            rows.put(event instanceof ProgressEvent.Started
                    ? LiveRows.running(login.key(), run.messages().format("row.login.running", where))
                    : new Row(login.key(), StatusLook.INFO, run.messages().format("row.login.done", where),
                    List.of(new EvidenceLines(run.messages().language()).summary(event)), List.of()));
            return;
        }
        waitForEveryPort(event, rows, run, SENDING_LOGINS, run.messages().get("row.auth.running"));
    }
}
