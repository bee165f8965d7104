package org.outboxdoctor.ui;

/** Live-check page: every port the engine tries (25, 465, 587, 2525 and the user's own), one row each as it starts. */
public final class PortCheckController extends LiveStepController {

    public PortCheckController(CheckSession session, Messages messages) {
        super(CheckStep.PORT, session, messages);
    }
}
