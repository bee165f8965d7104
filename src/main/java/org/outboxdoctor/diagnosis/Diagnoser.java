package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/**
 * The one place where evidence becomes findings and judgements. Pure: no I/O, so every rule is tested with
 * evidence built by hand ({@link CheckEvidence#builder}) as well as end to end. Each concern is a rule class of
 * its own; this class only runs them in order, because later rules look at what earlier ones found.
 */
public final class Diagnoser {
    private final FindingTexts texts;

    /** Findings in the computer's language, as the rest of the app speaks it (English until translated). */
    public Diagnoser() {
        this(Locale.getDefault());
    }

    public Diagnoser(Locale locale) {
        texts = new FindingTexts(locale);
    }

    public Diagnosis diagnose(CheckEvidence e) {
        FindingSet f = new FindingSet(texts);
        List<Judgement> judgements = judge(e, f);
        if (!e.server().resolved()) {
            NameRules.unresolved(e, f);
            if (e.ports().isEmpty()) {
                return f.conclude(e, Optional.empty(), false, judgements);
            }
        }
        Optional<SmtpPortResult> best = Recommendation.bestWorking(e);
        // a port that accepted the connection but spoke no SMTP is a server fault, not a blocked network; and when
        // another server of the provider answered, the network does not block mail either
        if (e.ports().stream().noneMatch(SmtpPortResult::connected) && best.isEmpty()) {
            PortRules.unreachable(e, f);
        }
        ReplyRules.serverVerdicts(e, f);
        SignInPolicyRules.apply(e, f);
        CredentialRules.credentials(e, f);
        ProtocolRules.authProtocolErrors(e, f);
        OAuthRules.notOffered(e, f);
        SenderRules.apply(e, f);
        Optional<SmtpPortResult> users = e.usersPort();
        users.ifPresent(u -> UsersSettingsRules.usersSettings(e, u, f));
        CertificateRules.certificates(e, users, f);
        best.ifPresent(b -> Recommendation.canSend(e, b, f));
        ServerRules.apply(e, best, f);
        ProtocolRules.loginOnlyInClearText(e, best, f);
        LimitRules.apply(e, best, f);
        boolean currentWork = users.map(u -> Recommendation.currentSettingsWork(e, u)).orElse(false);
        BlacklistRules.apply(e, f, best.isPresent());
        InterceptionRules.apply(e, f);
        ReplyRules.unexplained(e, f, currentWork || best.isPresent());
        return f.conclude(e, Recommendation.recommend(e, best), currentWork, judgements);
    }

    /** Every probe judged, in the order the wizard's pages show them. */
    private static List<Judgement> judge(CheckEvidence e, FindingSet f) {
        ProbeWords places = new ProbeWords(f);
        List<Judgement> all = new ArrayList<>();
        all.add(ConnectionJudges.serverName(e, f));
        all.addAll(ConnectionJudges.ports(e, f, places));
        all.addAll(AccountJudges.mailboxLogins(e, f, places));
        all.addAll(AccountJudges.sendingLogins(e, f, places));
        all.addAll(ConnectionJudges.certificates(e, f, places));
        all.addAll(AccountJudges.sending(e, f, places));
        all.addAll(BlocklistJudges.judge(e, f, places));
        TestMessageJudge.judge(e, f).ifPresent(all::add);
        return all;
    }
}
