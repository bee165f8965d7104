package org.outboxdoctor.ui;

import java.time.Duration;

import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.engine.CheckRequest;
import org.outboxdoctor.settings.Security;

/** The wizard's view of a {@link MailWorld}: the engine options that point every endpoint at loopback. */
final class WizardWorld {

    private WizardWorld() {
    }

    /** The world's DNS resolver, trust store and port map, with the check's usual 15 s deadline. */
    static CheckOptions options(MailWorld world) {
        return options(world, CheckOptions.DEFAULT_TIMEOUT);
    }

    static CheckOptions options(MailWorld world, Duration timeout) {
        // MailWorld builds requests for the engine tests; only its options are wanted here, not its password
        CheckRequest request = world.request(587, Security.STARTTLS, timeout);
        request.account().password().close();
        return request.options();
    }
}
