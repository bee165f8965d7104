package org.outboxdoctor.engine;

import org.outboxdoctor.evidence.ProgressEvent;

/** Hears about probes as they start and end, from the probes' own threads. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = event -> { };

    void onProgress(ProgressEvent event);
}
