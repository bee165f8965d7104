package org.outboxdoctor.ui;

/** Live-check page: ports 25, 465, 587 and 2525. */
public final class PortCheckController extends LiveStepController {

    public PortCheckController(CheckSession session, Messages messages) {
        super(CheckStep.PORT, session, messages);
    }
}
