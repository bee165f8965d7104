package org.outboxdoctor.engine;

import org.outboxdoctor.probe.Account;
import org.outboxdoctor.settings.MailSettings;

/** One run: the user's current settings, who logs in, and how to run. */
public record CheckRequest(MailSettings settings, Account account, CheckOptions options) {

    /** The same run, with what the user reads in their own inbox (the test message) in {@code language}. */
    public CheckRequest inLanguage(java.util.Locale language) {
        return new CheckRequest(settings, account.inLanguage(language), options);
    }
}
