package org.outboxdoctor.probe;

import java.time.Duration;
import org.outboxdoctor.probe.tls.TrustConfig;

/** What every probe of one run shares: how to connect, until when, whom to trust, what to hide. */
public record ProbeContext(Dialer dialer, Deadline deadline, Duration replyTimeout, TrustConfig trust, Redactor redactor) {

    public Cancellation cancellation() {
        return dialer.cancellation();
    }

    public Transcript newTranscript() {
        return new Transcript(redactor);
    }
}
