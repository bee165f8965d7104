package org.outboxdoctor.settings;

/** A setting the user typed cannot be used; the message is written for that user. */
public class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(message);
    }
}
