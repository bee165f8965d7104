package org.outboxdoctor.ui;

/** Live-check page: account status and limits. */
public final class AccountStatusController extends LiveStepController {

    public AccountStatusController(CheckSession session, Messages messages) {
        super(CheckStep.ACCOUNT_STATUS, session, messages);
    }
}
