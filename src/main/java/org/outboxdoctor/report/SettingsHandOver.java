package org.outboxdoctor.report;

import java.util.Optional;
import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.export.HandOver;
import org.outboxdoctor.export.Incoming;
import org.outboxdoctor.export.Outgoing;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.ProviderProfile;

/**
 * What a finished run hands over to mail programs (export/): the settings it proved can send, with the incoming
 * server whose login accepted the password in the same run. Shared by {@code --export-settings}, the HTML report
 * and the answer page, so all three hand over the same settings.
 */
public final class SettingsHandOver {

    private SettingsHandOver() {
    }

    /**
     * The proven settings; empty when no way to send was proven. A practice run's settings are marked with its
     * scenario ({@link ReportStamp#practice()}) in every file's display name.
     */
    public static Optional<HandOver> of(CheckReport report) {
        Optional<HandOver> real = of(report, null);
        return report.stamp().isPractice() ? real.map(h -> h.asPractice(report.stamp().practice())) : real;
    }

    /** As {@link #of(CheckReport)}, marked as practice with {@code practiceScenario} unless it is null. */
    public static Optional<HandOver> of(CheckReport report, String practiceScenario) {
        Optional<RecommendedSettings> proven = report.diagnosis().recommended().filter(RecommendedSettings::proven);
        if (proven.isEmpty()) {
            return Optional.empty();
        }
        RecommendedSettings send = proven.get();
        CheckEvidence evidence = report.evidence();
        Optional<Incoming> incoming = evidence.logins().stream()
                .filter(login -> login.outcome() == LoginOutcome.ACCEPTED)
                .findFirst()
                .map(login -> new Incoming(Incoming.Protocol.parse(login.protocol()), login.host(), login.port(),
                        login.security(), evidence.settings().username()));
        HandOver handOver = HandOver.of(evidence.settings().address().toString(), "",
                new Outgoing(send.server(), send.port(), send.security(), send.username(), send.auth()), incoming);
        return Optional.of(practiceScenario == null ? handOver : handOver.asPractice(practiceScenario));
    }

    /** The provider's name from the profile the run used ("Gmail / Google Workspace"); empty for the generic one. */
    public static Optional<String> providerName(CheckEvidence evidence) {
        if (evidence.discovery() == null || evidence.discovery().profile() == null) {
            return Optional.empty();
        }
        ProviderProfile profile = evidence.discovery().profile();
        return ProviderCatalog.GENERIC_ID.equals(profile.id()) ? Optional.empty() : Optional.of(profile.name());
    }
}
