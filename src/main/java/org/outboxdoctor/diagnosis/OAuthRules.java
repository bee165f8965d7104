package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.settings.Security;

/**
 * Signing in with an OAuth token ({@code check --oauth-token-env}): a refused token is an expired token or one without
 * the mail permission, never a wrong password; a server that offers neither XOAUTH2 nor OAUTHBEARER takes no token.
 * A token that is accepted needs no rule of its own: it proves the account as a password does.
 */
final class OAuthRules {
    private OAuthRules() {
    }

    /**
     * In place of a wrong password: the servers that refused the token, with the error challenge when one came, and the
     * mailbox's verdict on the same token.
     *
     * @param mailbox the mailbox login that judged the token (accepted first), or null
     */
    static void tokenRefused(CheckEvidence e, List<SmtpPortResult> refused, LoginResult mailbox, FindingSet f) {
        boolean readingWorks = mailbox != null && mailbox.outcome() == LoginOutcome.ACCEPTED;
        List<String> evidence = new ArrayList<>();
        String challenge = "";
        for (SmtpPortResult p : refused) {
            evidence.add(f.lines().reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply()));
            if (!p.auth().challenge().isEmpty()) {
                evidence.add(f.lines().text("evidence.oauthChallenge", p.port(), p.auth().challenge()));
                challenge = challenge.isEmpty() ? p.auth().challenge() : challenge;
            }
        }
        if (mailbox != null) {
            evidence.add(f.lines().login(mailbox, true));
        }
        StringBuilder detail = new StringBuilder(readingWorks && !refused.isEmpty()
                ? f.text("finding.oauthTokenRefused.detail.readingWorks")
                : f.text("finding.oauthTokenRefused.detail"));
        if (challenge.toLowerCase(Locale.ROOT).contains("scope")) {
            detail.append(' ').append(f.text("finding.oauthTokenRefused.detail.challenge", challenge));
        }
        detail.append(' ').append(f.text("finding.oauthTokenRefused.notThePassword"));
        f.add(FindingCode.OAUTH_TOKEN_REFUSED, Severity.PROBLEM, f.text("finding.oauthTokenRefused.title"),
                detail.toString(), evidence, List.of(f.text("finding.oauthTokenRefused.fix.newToken"),
                        f.text("finding.oauthTokenRefused.fix.scope", scopes(e, f)),
                        f.text("finding.oauthTokenRefused.fix.sameAccount", e.settings().username())));
    }

    /** No port took the token and some offered sign-in only with a password: the token cannot be used there. */
    static void notOffered(CheckEvidence e, FindingSet f) {
        if (!e.signedInWithToken() || f.has(FindingCode.OAUTH_TOKEN_REFUSED)
                || e.allPorts().stream().anyMatch(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.ACCEPTED)) {
            return;
        }
        List<SmtpPortResult> ports = e.allPorts().stream()
                .filter(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.OAUTH_NOT_OFFERED).toList();
        if (ports.isEmpty()) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        for (SmtpPortResult p : ports) {
            String offered = String.join(" ", p.currentCapabilities().map(c -> c.authMechanisms().stream()
                    .sorted().toList()).orElse(List.of()));
            evidence.add(p.achievedSecurity() == Security.NONE ? f.lines().text("evidence.noOauth", p.port(), offered)
                    : f.lines().text("evidence.noOauthAfterTls", p.port(), offered));
        }
        e.logins().stream().filter(l -> l.outcome() == LoginOutcome.OAUTH_NOT_OFFERED)
                .forEach(l -> evidence.add(f.lines().login(l, true)));
        String offered = String.join(", ", ports.get(0).currentCapabilities()
                .map(c -> c.authMechanisms().stream().sorted().toList()).orElse(List.of()));
        f.add(FindingCode.OAUTH_NOT_OFFERED, Severity.PROBLEM, f.text("finding.oauthNotOffered.title"),
                f.text("finding.oauthNotOffered.detail", offered), evidence,
                List.of(f.text("finding.oauthNotOffered.fix.usePassword"), f.text("finding.oauthNotOffered.fix.checkServer")));
        // what EHLO said in plain text a man in the middle may have cut; after TLS it is the server's own word
        if (ports.stream().allMatch(p -> p.achievedSecurity() == Security.NONE)) {
            f.notProven(FindingCode.OAUTH_NOT_OFFERED, Certainty.LIKELY, f.text("finding.oauthNotOffered.settle"));
        }
    }

    /** The scopes the provider's profile names for mail, or the two big providers' when no profile knows them. */
    private static String scopes(CheckEvidence e, FindingSet f) {
        if (e.discovery() != null && e.discovery().profile() != null && e.discovery().profile().oauth() != null
                && !e.discovery().profile().oauth().scopes().isEmpty()) {
            // offline_access asks for a refresh token, not for mail: it is no answer to "which permission"
            return String.join(", ", e.discovery().profile().oauth().scopes().stream()
                    .filter(scope -> !scope.equals("offline_access")).toList());
        }
        return f.text("finding.oauthTokenRefused.knownScopes");
    }
}
