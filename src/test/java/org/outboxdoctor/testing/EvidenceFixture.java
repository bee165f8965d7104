package org.outboxdoctor.testing;

import java.util.List;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.discovery.Candidate;
import org.outboxdoctor.probe.discovery.DiscoveryResult;
import org.outboxdoctor.settings.EmailAddress;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.ProviderCatalog;
import org.outboxdoctor.settings.Security;

/**
 * The user and the run around the probes: alice@example.test sending through mail.example.test, whose name
 * resolves, with the generic provider profile. A test starts from {@link #evidence} and adds what its probes found:
 *
 * <pre>{@code
 * CheckEvidence e = EvidenceFixture.evidence(587, Security.STARTTLS)
 *         .port(Probes.port(587).yours().working().build())
 *         .build();
 * }</pre>
 */
public final class EvidenceFixture {
    public static final String ADDRESS = "alice@example.test";
    public static final String DOMAIN = "example.test";
    public static final String SERVER = "mail.example.test";

    private EvidenceFixture() {
    }

    /** Alice's mail program: mail.example.test on {@code port} with {@code security}, logging in as her address. */
    public static MailSettings settings(int port, Security security) {
        return settings(SERVER, port, security, true);
    }

    /** The same, sending without logging in. */
    public static MailSettings settingsWithoutLogin(int port, Security security) {
        return settings(SERVER, port, security, false);
    }

    public static MailSettings settings(String server, int port, Security security, boolean login) {
        return new MailSettings(EmailAddress.parse(ADDRESS), ADDRESS, server, port, security, login, List.of());
    }

    /** Evidence for Alice's settings on {@code port}: her server's name resolves, nothing else is known yet. */
    public static CheckEvidence.Builder evidence(int port, Security security) {
        return evidence(settings(port, security));
    }

    /** Evidence for these settings: the server's name resolves to 127.0.0.1, the domain's MX is mx.example.test. */
    public static CheckEvidence.Builder evidence(MailSettings settings) {
        return CheckEvidence.builder(settings)
                .server(Probes.resolved(settings.server(), "127.0.0.1"))
                .mx(Probes.mx(DOMAIN, "mx." + DOMAIN))
                .discovery(discovery("generic"))
                .checkedHost(settings.server())
                .counts(1, 1, 0)
                .elapsedMillis(900);
    }

    /**
     * What discovery found: a provider profile ("stackmail", "generic", or the tests' "testhost") and the outgoing
     * servers it suggests.
     */
    public static DiscoveryResult discovery(String profileId, Candidate... candidates) {
        return new DiscoveryResult(ProviderCatalog.load().require(profileId), "--profile", List.of(candidates), List.of());
    }

    /** An outgoing server the provider's profile names. */
    public static Candidate fromProfile(String host, int port) {
        return new Candidate(host, port, Security.standardFor(port), "provider profile", "");
    }
}
