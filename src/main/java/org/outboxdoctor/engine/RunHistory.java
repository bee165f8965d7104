package org.outboxdoctor.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * When each server was last checked from this computer, so a check run again right away can wait:
 * providers ban an address for hours after "excessive connections". Only host names and times are
 * kept, nothing about the account.
 */
public final class RunHistory {
    /** How long to leave a server alone between two checks. */
    public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(60);
    static final String NODE_PROPERTY = "outboxdoctor.historyNode";

    private final Preferences node;
    private final Clock clock;

    RunHistory(Preferences node, Clock clock) {
        this.node = node;
        this.clock = clock;
    }

    public static RunHistory forUser() {
        return new RunHistory(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "org/outboxdoctor/runs")),
                Clock.systemUTC());
    }

    /** How long to wait before checking this host again; zero when it was not checked within the pause. */
    public Duration waitBefore(String host, Duration pause) {
        long last = node.getLong(key(host), 0);
        long due = last + pause.toMillis();
        return Duration.ofMillis(Math.max(0, due - clock.millis()));
    }

    public void record(String host) {
        node.putLong(key(host), clock.millis());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // a history that cannot be saved only means the next run will not wait
        }
    }

    private static String key(String host) {
        String k = host.toLowerCase(Locale.ROOT);
        return k.length() > Preferences.MAX_KEY_LENGTH ? k.substring(0, Preferences.MAX_KEY_LENGTH) : k;
    }
}
