package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.outboxdoctor.export.MailProgram;

/**
 * The numbered fix of a finding while it is written: lines for everyone, and lines written for some mail programs
 * only, so a page can show the person the line for the program they use (see {@link Finding#fixFor}).
 */
final class FixLines {
    private final List<String> lines = new ArrayList<>();
    private final List<Set<MailProgram>> programs = new ArrayList<>();

    /** A line for every mail program. */
    FixLines add(String line) {
        lines.add(line);
        programs.add(Set.of());
        return this;
    }

    /** A line for the programs named only. */
    FixLines add(String line, MailProgram first, MailProgram... more) {
        lines.add(line);
        programs.add(EnumSet.of(first, more));
        return this;
    }

    FixLines addAll(FixLines other) {
        lines.addAll(other.lines);
        programs.addAll(other.programs);
        return this;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    List<Set<MailProgram>> programs() {
        return List.copyOf(programs);
    }

    static List<String> select(List<String> fix, List<Set<MailProgram>> programs, MailProgram program) {
        if (program == null || programs.isEmpty()) {
            return fix;
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < fix.size(); i++) {
            if (programs.get(i).isEmpty() || programs.get(i).contains(program)) {
                chosen.add(fix.get(i));
            }
        }
        return List.copyOf(chosen);
    }
}
