package org.outboxdoctor.ui;

/** Live-check page: the outgoing server's name. */
public final class ServerCheckController extends LiveStepController {

    public ServerCheckController(CheckSession session, Messages messages) {
        super(CheckStep.SERVER, session, messages);
    }
}
