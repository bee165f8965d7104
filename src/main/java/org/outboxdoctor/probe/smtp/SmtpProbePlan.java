package org.outboxdoctor.probe.smtp;

import org.outboxdoctor.probe.Endpoint;
import org.outboxdoctor.settings.Security;

/**
 * How to probe one port.
 *
 * @param security TLS for implicit TLS from the first byte; STARTTLS to upgrade when offered; NONE to stay plain
 * @param usersPort the user's mail program uses this port now: reproduce its settings here first
 * @param usersSecurity the user's security setting, for the unauthenticated send attempt on the user's port
 * @param usersAuth whether the user's program logs in
 */
public record SmtpProbePlan(Endpoint endpoint, Security security, boolean usersPort, Security usersSecurity,
                            boolean usersAuth) {
}
