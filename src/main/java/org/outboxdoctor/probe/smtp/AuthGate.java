package org.outboxdoctor.probe.smtp;

import org.outboxdoctor.probe.Deadline;
import org.outboxdoctor.settings.Security;

/**
 * Decides which connection may try the user's password, so a run logs in as few times as it can:
 * at most once per security mode, and never again once the server has given a verdict on it.
 * Every port calls {@link #connected} once the server has answered EHLO, then exactly one of
 * {@link #pass} or {@link #acquire} (followed by {@link #finished} when granted).
 */
public interface AuthGate {

    void connected(int port);

    /** Waits for this port's turn; null when it may log in, else the reason it must not. */
    String acquire(int port, Security mode, Deadline deadline);

    void finished(int port, Security mode, AuthOutcome outcome);

    /** This port will not log in; ports after it need not wait for it. */
    void pass(int port);
}
