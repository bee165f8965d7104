package org.outboxdoctor.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.settings.ProviderProfile;
import org.outboxdoctor.settings.SignInPolicy;

/**
 * The four sign-in findings in words: the provider by name, the policy in force on the run's date, the provider's
 * help pages, and the fix for each mail program (Thunderbird, Outlook, Apple Mail / iPhone, Android).
 *
 * @param profile the provider's profile, null when no specific profile is known
 */
record SignInWords(FindingSet f, ProviderProfile profile, LocalDate day) {

    SignInPolicy policy() {
        return profile == null ? SignInPolicy.PASSWORD : profile.policyOn(day);
    }

    String provider() {
        return profile == null ? f.text("finding.oauthRequired.yourProvider") : profile.name();
    }

    /** The profile's policy on the run's date, as an evidence line. */
    Optional<String> policyLine() {
        return Optional.ofNullable(profile).map(p -> "provider profile " + p.name() + ": sign-in policy on " + day + ": "
                + policy().word() + p.nextChangeAfter(day).map(n -> " (" + n.policy() + " from " + n.from() + ")").orElse(""));
    }

    /** The provider's next switch, when one is announced and not yet in force. */
    Optional<ProviderProfile.PolicyPeriod> switchAhead() {
        return profile == null ? Optional.empty() : profile.nextChangeAfter(day);
    }

    /** Why the provider's policy, not the password, explains a refusal. */
    String policySentence() {
        Optional<LocalDate> since = profile.signIn().stream().filter(p -> !p.start().isAfter(day))
                .map(ProviderProfile.PolicyPeriod::start).max(LocalDate::compareTo).filter(d -> d.getYear() > 1970);
        if (policy() == SignInPolicy.OAUTH_ONLY) {
            return since.map(d -> f.text("finding.oauthRequired.detail.policySince", provider(), d.toString()))
                    .orElseGet(() -> f.text("finding.oauthRequired.detail.policy", provider()));
        }
        return since.map(d -> f.text("finding.appPasswordRequired.detail.policySince", provider(), d.toString()))
                .orElseGet(() -> f.text("finding.appPasswordRequired.detail.policy", provider()));
    }

    void oauthRequired(String detail, List<String> evidence) {
        FixLines fix = programs();
        help(profile == null ? "" : profile.helpPages().signIn()).ifPresent(fix::add);
        if (profile != null && !profile.helpPages().smtpAuth().isEmpty() && policy() == SignInPolicy.OAUTH_ONLY
                && !profile.helpPages().appPasswords().isEmpty()) {
            fix.add(f.text("finding.oauthRequired.fix.adminMayReEnable", profile.helpPages().smtpAuth()));
        }
        f.add(FindingCode.OAUTH_REQUIRED, Severity.PROBLEM, f.text("finding.oauthRequired.title"),
                detail + " " + f.text("finding.oauthRequired.passwordMayBeRight"), evidence, fix);
    }

    void appPasswordRequired(String detail, List<String> evidence) {
        FixLines fix = new FixLines();
        String url = profile == null ? "" : profile.helpPages().appPasswords();
        fix.add(url.isEmpty() ? f.text("finding.appPasswordRequired.fix.create", provider())
                : f.text("finding.appPasswordRequired.fix.createAt", provider(), url));
        fix.add(f.text("finding.appPasswordRequired.fix.use"));
        if (profile != null && !profile.usernameNote().isEmpty()) {
            fix.add(f.text("finding.appPasswordRequired.fix.username", profile.usernameNote()));
        }
        if (policy() == SignInPolicy.OAUTH_OR_APP_PASSWORD) {
            fix.add(f.text("finding.appPasswordRequired.fix.orSignInPage", provider()));
            fix.addAll(programs());
        }
        f.add(FindingCode.APP_PASSWORD_REQUIRED, Severity.PROBLEM, f.text("finding.appPasswordRequired.title"),
                detail + " " + f.text("finding.oauthRequired.passwordMayBeRight"), evidence, fix);
    }

    /** @param ahead the organisation switched password sign-in off before the provider's own date */
    void smtpAuthDisabled(String reply, boolean ahead, List<String> evidence) {
        StringBuilder detail = new StringBuilder(f.text("finding.smtpAuthDisabled.detail", reply));
        if (ahead) {
            detail.append(' ').append(f.text("finding.smtpAuthDisabled.detail.ahead", provider(), switchAhead().orElseThrow().from()));
        } else if (policy() == SignInPolicy.OAUTH_ONLY) {
            detail.append(' ').append(f.text("finding.smtpAuthDisabled.detail.offByDefault", provider(), policySince()));
        }
        FixLines fix = new FixLines();
        if (microsoft(reply)) {
            fix.add(f.text("finding.smtpAuthDisabled.fix.microsoftSwitch"));
        } else {
            fix.add(f.text("finding.smtpAuthDisabled.fix.askAdmin"));
        }
        help(profile == null ? "" : profile.helpPages().smtpAuth()).ifPresent(fix::add);
        fix.add(f.text("finding.smtpAuthDisabled.fix.orSignInPage", provider()));
        fix.addAll(programs());
        f.add(FindingCode.SMTP_AUTH_DISABLED, Severity.PROBLEM, f.text("finding.smtpAuthDisabled.title"),
                detail.toString(), evidence, fix);
    }

    void signInBlocked(String reply, List<String> evidence) {
        FixLines fix = new FixLines();
        String page = profile == null ? "" : profile.helpPages().signIn();
        fix.add(f.text("finding.signInBlocked.fix.signInOnWeb", provider()));
        fix.add(f.text("finding.signInBlocked.fix.confirmItWasYou"));
        fix.add(f.text("finding.signInBlocked.fix.waitAndRerun"));
        fix.add(f.text("finding.signInBlocked.fix.ifItStays", provider()));
        help(page).ifPresent(fix::add);
        f.add(FindingCode.SIGN_IN_BLOCKED, Severity.PROBLEM, f.text("finding.signInBlocked.title"),
                f.text("finding.signInBlocked.detail", reply, provider()), evidence, fix);
    }

    private String policySince() {
        return profile.signIn().stream().filter(p -> !p.start().isAfter(day)).map(ProviderProfile.PolicyPeriod::from)
                .max(String::compareTo).orElse("");
    }

    /** How to let each mail program sign in through the provider's page: one line per kind of program. */
    private FixLines programs() {
        return new FixLines()
                .add(f.text("finding.oauthRequired.program.thunderbird", provider()), MailProgram.THUNDERBIRD)
                .add(f.text("finding.oauthRequired.program.outlook", provider()), MailProgram.OUTLOOK_CLASSIC,
                        MailProgram.OUTLOOK_NEW)
                .add(f.text("finding.oauthRequired.program.apple", provider()), MailProgram.APPLE_MAIL,
                        MailProgram.IPHONE_IPAD_MAIL)
                .add(f.text("finding.oauthRequired.program.android", provider()), MailProgram.GMAIL_ANDROID,
                        MailProgram.THUNDERBIRD_ANDROID);
    }

    private Optional<String> help(String url) {
        return url.isEmpty() ? Optional.empty() : Optional.of(f.text("finding.oauthRequired.fix.providerHelp", provider(), url));
    }

    /** Microsoft's own words name its switches: SmtpClientAuthentication, 5.7.139, 5.7.57. */
    private boolean microsoft(String reply) {
        String lower = reply.toLowerCase(Locale.ROOT);
        return lower.contains("smtpclientauthentication") || lower.contains("5.7.139") || lower.contains("5.7.57")
                || lower.contains("5.7.30") || profile != null && profile.id().startsWith("microsoft");
    }
}
