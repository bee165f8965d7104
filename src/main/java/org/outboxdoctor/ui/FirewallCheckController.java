package org.outboxdoctor.ui;

/** Live-check page: firewall and antivirus (certificates). */
public final class FirewallCheckController extends LiveStepController {

    public FirewallCheckController(CheckSession session, Messages messages) {
        super(CheckStep.FIREWALL, session, messages);
    }
}
