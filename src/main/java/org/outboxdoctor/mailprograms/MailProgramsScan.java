package org.outboxdoctor.mailprograms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything found in the mail programs on this computer: the accounts, and a line for what could not be read. */
public record MailProgramsScan(List<FoundAccount> accounts, List<ProgramNote> programNotes) {

    public MailProgramsScan {
        accounts = List.copyOf(accounts);
        programNotes = List.copyOf(programNotes);
    }

    /**
     * The account that sends as {@code address}. When several programs or profiles have it, the one in a default
     * profile comes first, then the first found (Thunderbird, Outlook, Apple Mail in that order).
     */
    public Optional<FoundAccount> accountFor(String address) {
        List<FoundAccount> matching = new ArrayList<>();
        for (FoundAccount account : accounts) {
            if (account.hasAddress(address)) {
                matching.add(account);
            }
        }
        return matching.stream().filter(FoundAccount::defaultProfile).findFirst()
                .or(() -> matching.stream().findFirst());
    }

    static MailProgramsScan merge(List<MailProgramsScan> parts) {
        List<FoundAccount> accounts = new ArrayList<>();
        List<ProgramNote> notes = new ArrayList<>();
        for (MailProgramsScan part : parts) {
            accounts.addAll(part.accounts());
            notes.addAll(part.programNotes());
        }
        return new MailProgramsScan(accounts, notes);
    }
}
