package org.outboxdoctor.mailprograms;

import java.util.Objects;

/** One plain sentence about an account or a program, with its stable code. */
public record Note(NoteCode code, String text) {
    public Note {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}
