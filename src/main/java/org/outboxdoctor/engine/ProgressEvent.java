package org.outboxdoctor.engine;

/**
 * @param probe a stable id: "dns", "smtp-587", "login-imap-993"…
 * @param summary one line of what happened, empty while running
 */
public record ProgressEvent(String probe, State state, String summary) {

    public enum State { STARTED, FINISHED }
}
