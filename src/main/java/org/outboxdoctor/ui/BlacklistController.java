package org.outboxdoctor.ui;

/** Live-check page: the blacklist (not available yet). */
public final class BlacklistController extends LiveStepController {

    public BlacklistController(CheckSession session, Messages messages) {
        super(CheckStep.BLACKLIST, session, messages);
    }
}
