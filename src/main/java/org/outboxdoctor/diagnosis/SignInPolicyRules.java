package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.EhloCapabilities;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.ProviderProfile;
import org.outboxdoctor.settings.SignInPolicy;

/**
 * When a password can never work: the provider's sign-in policy on the run's date, or the server's own words, explain
 * a refused login (an app password or the provider's sign-in page is needed, sending by login is switched off, or a
 * security hold). Runs before {@link CredentialRules}, which reports a wrong password only when nothing here did.
 */
final class SignInPolicyRules {
    private static final Set<String> OAUTH_MECHANISMS = Set.of("XOAUTH2", "OAUTHBEARER");
    /**
     * What still explains a refused token: a security hold, or sending by login switched off (Microsoft's switch stops
     * OAuth sign-in for sending as well). App passwords and "no password sign-in" are about passwords only.
     */
    private static final Set<ReplyMeaning> TOKEN_REFUSALS = Set.of(ReplyMeaning.SECURITY_HOLD,
            ReplyMeaning.SMTP_AUTH_DISABLED, ReplyMeaning.AUTH_REQUIRED);
    private static final Set<FindingCode> CODES = Set.of(FindingCode.SIGN_IN_BLOCKED, FindingCode.OAUTH_REQUIRED,
            FindingCode.SMTP_AUTH_DISABLED, FindingCode.APP_PASSWORD_REQUIRED);

    private SignInPolicyRules() {
    }

    /** True when a sign-in policy explained the refused login, so it is no wrong password. */
    static boolean explainedRefusal(FindingSet f) {
        return CODES.stream().anyMatch(f::has);
    }

    static void apply(CheckEvidence e, FindingSet f) {
        if (e.allPorts().stream().anyMatch(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.ACCEPTED)) {
            return;
        }
        SignInWords words = new SignInWords(f, profile(e), e.checkedOn());
        List<Refusal> refusals = refusals(e, f);
        List<String> evidence = new ArrayList<>(refusals.stream().map(Refusal::evidence).toList());
        words.policyLine().ifPresent(evidence::add);
        // the server's own words first (a hold, an app password, a switch), a bare "wrong credentials" last
        for (Refusal r : refusals.stream().sorted(Comparator.comparingInt(SignInPolicyRules::weight)).toList()) {
            if (e.signedInWithToken() && !TOKEN_REFUSALS.contains(r.meaning())) {
                continue;
            }
            explain(r, evidence, words, mailboxAccepted(e));
            if (explainedRefusal(f)) {
                return;
            }
        }
        if (e.signedInWithToken()) {
            return;
        }
        oauthOnlyServer(e).ifPresent(p -> {
            String mechanisms = String.join(" ", ehlo(p).authMechanisms().stream().sorted().toList());
            evidence.add(f.lines().text("evidence.onlyOAuthOffered", p.port(), mechanisms));
            words.oauthRequired(f.text("finding.oauthRequired.detail.onlyOAuthOffered", mechanisms), evidence);
        });
    }

    private static void explain(Refusal r, List<String> evidence, SignInWords words, boolean mailboxAccepted) {
        SignInPolicy policy = words.policy();
        switch (r.meaning()) {
            case SECURITY_HOLD -> words.signInBlocked(r.text(), evidence);
            case APP_PASSWORD_NEEDED -> words.appPasswordRequired(r.text().toLowerCase(Locale.ROOT).contains("#auth005")
                    ? words.f().text("finding.appPasswordRequired.detail.auth005", r.text(), words.provider())
                    : words.f().text("finding.appPasswordRequired.detail.server", r.text(), words.provider()), evidence);
            case SMTP_AUTH_DISABLED -> words.smtpAuthDisabled(r.text(), false, evidence);
            // a 530 answer to AUTH itself (Microsoft's 5.7.57): the server takes no login for sending from this mailbox
            case AUTH_REQUIRED -> {
                if (r.toAuth()) {
                    words.smtpAuthDisabled(r.text(), false, evidence);
                }
            }
            case BASIC_AUTH_OFF -> {
                if (policy == SignInPolicy.PASSWORD && words.switchAhead().isPresent()) {
                    words.smtpAuthDisabled(r.text(), true, evidence);
                } else if (policy == SignInPolicy.APP_PASSWORD || policy == SignInPolicy.OAUTH_OR_APP_PASSWORD) {
                    words.appPasswordRequired(words.policySentence(), evidence);
                } else {
                    words.oauthRequired(words.f().text("finding.oauthRequired.detail.server", r.text()), evidence);
                }
            }
            case BAD_CREDENTIALS -> {
                if (mailboxAccepted || !policy.refusesNormalPassword()) {
                    return;
                }
                if (policy == SignInPolicy.OAUTH_ONLY) {
                    words.oauthRequired(words.policySentence(), evidence);
                } else {
                    words.appPasswordRequired(words.policySentence(), evidence);
                }
            }
            default -> {
            }
        }
    }

    private static int weight(Refusal r) {
        return switch (r.meaning()) {
            case SECURITY_HOLD -> 0;
            case BAD_CREDENTIALS -> 2;
            default -> 1;
        };
    }

    /** Every refused login, SMTP first, each with what its words mean. */
    private static List<Refusal> refusals(CheckEvidence e, FindingSet f) {
        List<Refusal> all = new ArrayList<>();
        for (SmtpPortResult p : e.allPorts()) {
            if (p.auth() != null && p.auth().outcome() == AuthOutcome.REJECTED && p.auth().reply() != null) {
                all.add(new Refusal(ReplyMeaning.of(p.auth().reply()), p.auth().reply().show(), true,
                        f.lines().reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply())));
            }
        }
        for (LoginResult l : e.logins()) {
            if (l.outcome() == LoginOutcome.REJECTED && l.serverText() != null) {
                all.add(new Refusal(ReplyMeaning.of(0, l.serverText()), l.serverText().strip(), false, f.lines().login(l)));
            }
        }
        return all;
    }

    private static boolean mailboxAccepted(CheckEvidence e) {
        return e.logins().stream().anyMatch(l -> l.outcome() == LoginOutcome.ACCEPTED);
    }

    /** A server that offers sign-in only with a token (RFC 7628), never with a password. */
    private static Optional<SmtpPortResult> oauthOnlyServer(CheckEvidence e) {
        return e.allPorts().stream().filter(p -> {
            EhloCapabilities c = ehlo(p);
            return c != null && !c.authMechanisms().isEmpty()
                    && c.authMechanisms().stream().allMatch(m -> OAUTH_MECHANISMS.contains(m.toUpperCase(Locale.ROOT)));
        }).findFirst();
    }

    /** What the server offered last: after STARTTLS when it was used. */
    private static EhloCapabilities ehlo(SmtpPortResult p) {
        return p.capabilitiesAfterTls() != null ? p.capabilitiesAfterTls() : p.capabilities();
    }

    private static ProviderProfile profile(CheckEvidence e) {
        if (e.discovery() == null || e.discovery().profile() == null
                || ProviderCatalog.GENERIC_ID.equals(e.discovery().profile().id())) {
            return null;
        }
        return e.discovery().profile();
    }

    /**
     * @param text the server's words, as they were said
     * @param toAuth the refusal answered SMTP AUTH (not a mailbox login)
     */
    private record Refusal(ReplyMeaning meaning, String text, boolean toAuth, String evidence) {
    }
}
