package org.outboxdoctor.explain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.outboxdoctor.diagnosis.FindingCode;

/** The finding codes a catalogue entry may point to: the diagnosis's codes and those design.md lists ahead of them. */
final class FindingNames {
    /** In design.md's catalogue but not yet in {@link FindingCode}; each moves there when a rule produces it. */
    static final List<String> PENDING = List.of("SENDER_NOT_ALLOWED");
    static final Set<String> KNOWN = Stream.concat(Arrays.stream(FindingCode.values()).map(Enum::name), PENDING.stream())
            .collect(Collectors.toUnmodifiableSet());

    private FindingNames() {
    }
}
