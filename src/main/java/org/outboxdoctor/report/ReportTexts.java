package org.outboxdoctor.report;

import java.util.Locale;
import org.outboxdoctor.diagnosis.Finding;
import org.outboxdoctor.diagnosis.Severity;
import org.outboxdoctor.i18n.BundleTexts;
import org.outboxdoctor.i18n.LocalFormats;
import org.outboxdoctor.settings.Security;
import org.outboxdoctor.settings.SignInPolicy;

/**
 * The words of the reports and of the command line's own lines, {@code org/outboxdoctor/report/report.properties}
 * or a translation next to it. Keys are used as string literals ({@code texts.format("report.fix")}) so the bundle
 * test finds every one.
 */
public final class ReportTexts {
    static final String BUNDLE_NAME = "org.outboxdoctor.report.report";

    private final BundleTexts texts;

    private ReportTexts(Locale locale) {
        this.texts = BundleTexts.of(BUNDLE_NAME, locale);
    }

    public static ReportTexts of(Locale locale) {
        return new ReportTexts(locale); // BundleTexts keeps the loaded bundle
    }

    public Locale locale() {
        return texts.locale();
    }

    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    /** How sure a finding is, in words for the person reading the ticket. */
    String certainty(Finding f) {
        return switch (f.certainty()) {
            case PROVEN -> format("report.certainty.proven");
            case LIKELY -> format("report.certainty.likely");
            case POSSIBLE -> format("report.certainty.possible");
        };
    }

    String severity(Severity s) {
        return switch (s) {
            case OK -> format("report.severity.ok");
            case UNKNOWN -> format("report.severity.unknown");
            case INFO -> format("report.severity.info");
            case WARNING -> format("report.severity.warning");
            case PROBLEM -> format("report.severity.problem");
        };
    }

    String security(Security s) {
        return switch (s) {
            case NONE -> format("report.security.none");
            case STARTTLS -> format("report.security.starttls");
            case TLS -> format("report.security.tls");
        };
    }

    String policy(SignInPolicy policy) {
        return switch (policy) {
            case PASSWORD -> format("report.policy.password");
            case APP_PASSWORD -> format("report.policy.appPassword");
            case OAUTH_ONLY -> format("report.policy.oauthOnly");
            case OAUTH_OR_APP_PASSWORD -> format("report.policy.oauthOrAppPassword");
        };
    }

    /** "Checked in 1.8 s with 4 connections, 1 SMTP login and 0 mailbox logins." in the reader's way. */
    String counts(long millis, int connections, int smtpLogins, int mailboxLogins) {
        return format("report.counts", LocalFormats.seconds(millis, locale()),
                connections == 1 ? format("report.count.connection.one") : format("report.count.connection.many", connections),
                smtpLogins == 1 ? format("report.count.smtpLogin.one") : format("report.count.smtpLogin.many", smtpLogins),
                mailboxLogins == 1 ? format("report.count.mailboxLogin.one")
                        : format("report.count.mailboxLogin.many", mailboxLogins));
    }
}
