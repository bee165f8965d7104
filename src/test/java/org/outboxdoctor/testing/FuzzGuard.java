package org.outboxdoctor.testing;

import org.outboxdoctor.probe.NetworkGuard;

/**
 * What every coverage-guided target checks before its first input: the build's loopback-only guard is on in the JVM
 * Jazzer fuzzes in (each fuzzing run is a surefire execution of its own, see pom.xml), so no input can make a reader
 * reach a public address.
 */
public final class FuzzGuard {
    private FuzzGuard() {
    }

    public static void requireLoopbackOnly() {
        if (!NetworkGuard.active()) {
            throw new IllegalStateException("fuzz targets run only with -D" + NetworkGuard.PROPERTY + "=true (set by pom.xml)");
        }
    }
}
