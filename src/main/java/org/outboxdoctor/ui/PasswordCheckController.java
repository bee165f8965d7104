package org.outboxdoctor.ui;

/** Live-check page: password and authentication. */
public final class PasswordCheckController extends LiveStepController {

    public PasswordCheckController(CheckSession session, Messages messages) {
        super(CheckStep.PASSWORD, session, messages);
    }
}
