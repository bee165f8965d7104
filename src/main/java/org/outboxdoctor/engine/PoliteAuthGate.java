package org.outboxdoctor.engine;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.probe.smtp.AuthGate;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.settings.Security;

/**
 * Lets the password be tried at most once per security mode, one attempt at a time, and never again
 * once the server has accepted or refused it. Ports that answered are served in priority order (the
 * user's own port first), so the attempt proves the settings that matter most.
 */
final class PoliteAuthGate implements AuthGate {
    private final List<Integer> priority;
    private final Set<Integer> answered = new HashSet<>();
    private final Set<Integer> decided = new HashSet<>();
    private final Map<Security, Integer> triedOn = new EnumMap<>(Security.class);
    private Integer inFlight;
    private AuthOutcome verdict;
    private int verdictPort;
    private int attempts;

    PoliteAuthGate(List<Integer> priority) {
        this.priority = List.copyOf(priority);
    }

    @Override
    public synchronized void connected(int port) {
        answered.add(port);
        notifyAll();
    }

    @Override
    public synchronized String acquire(int port, Security mode, Deadline deadline) {
        while (true) {
            if (verdict != null) {
                return decide(port, verdict == AuthOutcome.ACCEPTED
                        ? "the password was already accepted on port " + verdictPort + " in this check"
                        : "the password was already refused on port " + verdictPort + ", so it is not tried again");
            }
            if (triedOn.containsKey(mode)) {
                return decide(port, "the password was already tried with " + mode.word() + " on port " + triedOn.get(mode));
            }
            if (inFlight == null && noEarlierPortPending(port)) {
                inFlight = port;
                triedOn.put(mode, port);
                attempts++;
                return null;
            }
            long wait = deadline.remaining().toMillis();
            if (wait <= 0) {
                return decide(port, "the check ran out of time before this port's turn");
            }
            try {
                wait(Math.min(wait, 200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return decide(port, "the check was stopped");
            }
        }
    }

    private String decide(int port, String reason) {
        decided.add(port);
        notifyAll();
        return reason;
    }

    private boolean noEarlierPortPending(int port) {
        for (int earlier : priority) {
            if (earlier == port) {
                return true;
            }
            if (answered.contains(earlier) && !decided.contains(earlier)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void finished(int port, Security mode, AuthOutcome outcome) {
        inFlight = null;
        decided.add(port);
        if (outcome == AuthOutcome.ACCEPTED || outcome == AuthOutcome.REJECTED) {
            verdict = outcome;
            verdictPort = port;
        }
        notifyAll();
    }

    @Override
    public synchronized void pass(int port) {
        decided.add(port);
        notifyAll();
    }

    synchronized int attempts() {
        return attempts;
    }
}
