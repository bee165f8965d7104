package org.outboxdoctor.engine;

import org.outboxdoctor.probe.Account;
import org.outboxdoctor.settings.MailSettings;

/** One run: the user's current settings, who logs in, and how to run. */
public record CheckRequest(MailSettings settings, Account account, CheckOptions options) {
}
