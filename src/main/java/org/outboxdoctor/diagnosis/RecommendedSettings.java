package org.outboxdoctor.diagnosis;

import org.outboxdoctor.settings.Security;

/**
 * The settings to type into the mail program.
 *
 * @param proven true when a login and a send attempt with exactly these settings worked in this run
 */
public record RecommendedSettings(String server, int port, Security security, String username, boolean auth,
                                  boolean proven) {
}
