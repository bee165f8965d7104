package org.outboxdoctor.mailprograms;

import java.util.Objects;
import java.util.Optional;

/** A line about a mail program as a whole, or one of its profiles: what could not be read, or how to look it up. */
public record ProgramNote(MailProgram program, Optional<String> profile, Note note) {
    public ProgramNote {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(note, "note");
    }
}
