package org.outboxdoctor.probe;

import java.net.InetAddress;

/**
 * The tests' promise, enforced: with the system property {@code outboxdoctor.loopbackOnly=true}
 * (set by the build for every test) no connection and no DNS question may go anywhere but
 * 127.0.0.0/8 or ::1. A test that forgets to point an endpoint at loopback fails instead of
 * reaching the internet.
 */
public final class NetworkGuard {
    public static final String PROPERTY = "outboxdoctor.loopbackOnly";

    private NetworkGuard() {
    }

    public static boolean active() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static void check(InetAddress address) {
        if (active() && !address.isLoopbackAddress()) {
            throw new Refused("refusing to contact " + address.getHostAddress()
                    + ": with " + PROPERTY + " only loopback addresses may be contacted");
        }
    }

    /** Asking the system's resolvers could reach any address, so it is refused outright under the guard. */
    public static void checkSystemResolver() {
        if (active()) {
            throw new Refused("refusing to use the system's DNS resolvers: with " + PROPERTY
                    + " every DNS question must go to a loopback resolver (--dns)");
        }
    }

    /** The guard said no: our own words, safe to show as they are. */
    public static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }
}
