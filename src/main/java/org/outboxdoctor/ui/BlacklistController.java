package org.outboxdoctor.ui;

/**
 * Live-check page: this computer's public address and what each blocklist says about it; a listed address's
 * row links to the list's removal page, opened in the browser through {@link AppServices#browser()}.
 */
public final class BlacklistController extends LiveStepController {

    public BlacklistController(CheckSession session, AppServices services) {
        super(CheckStep.BLACKLIST, session, services.messages(), services.browser());
    }
}
