package org.outboxdoctor.mailprograms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads what apple-mail-accounts.applescript printed (a pure function, tested with recorded output on any system).
 *
 * <p>Mail records only "uses SSL" per server: on port 465 that is TLS from the first byte, on other ports Mail
 * upgrades the connection with STARTTLS.
 */
final class AppleMailOutput {
    static final String ACCOUNT = "OD-ACCOUNT";
    static final String NOT_RUNNING = "OD-NOT-RUNNING";
    private static final int FIELDS = 14;

    private AppleMailOutput() {
    }

    static MailProgramsScan parse(CommandRunner.Result result, MailProgramsTexts texts) {
        List<FoundAccount> accounts = new ArrayList<>();
        int malformed = 0;
        for (String line : result.output().split("\\R")) {
            if (!line.startsWith(ACCOUNT + "\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != FIELDS) {
                malformed++;
                continue;
            }
            accounts.addAll(accounts(cells, texts));
        }
        List<ProgramNote> notes = new ArrayList<>();
        if (malformed > 0) {
            notes.add(note(texts, NoteCode.MALFORMED, malformed, "osascript"));
        }
        Optional<NoteCode> failure = failure(result, accounts.isEmpty());
        failure.ifPresent(code -> {
            notes.add(note(texts, code, "osascript"));
            notes.add(note(texts, NoteCode.HOW_TO_LOOK_UP));
        });
        return new MailProgramsScan(accounts, notes);
    }

    /** Why nothing could be read, if so: Mail closed, Automation refused (error -1743), no answer in time. */
    private static Optional<NoteCode> failure(CommandRunner.Result result, boolean nothingFound) {
        if (result.timedOut()) {
            return Optional.of(NoteCode.TIMED_OUT);
        }
        if (result.output().contains(NOT_RUNNING) || result.output().contains("(-600)")) {
            return Optional.of(NoteCode.NOT_RUNNING);
        }
        if (result.output().contains("(-1743)") || result.output().contains("(-1744)")) {
            return Optional.of(NoteCode.NOT_PERMITTED);
        }
        return result.exitCode() != 0 && nothingFound ? Optional.of(NoteCode.UNREADABLE) : Optional.empty();
    }

    static ProgramNote note(MailProgramsTexts texts, NoteCode code, Object... arguments) {
        return new ProgramNote(MailProgram.APPLE_MAIL, Optional.empty(), texts.note(code, arguments));
    }

    /** One found account per address of the Mail account: each address can be looked up. */
    private static List<FoundAccount> accounts(String[] cells, MailProgramsTexts texts) {
        String name = cells[1].trim();
        Optional<FoundAccount.Incoming> incoming = present(cells[5]).map(server -> new FoundAccount.Incoming(
                cells[4].trim().isEmpty() ? "unknown" : cells[4].trim(), server, port(cells[6]),
                Optional.of(security(cells[7], port(cells[6]))), present(cells[8])));
        Optional<FoundAccount.Outgoing> outgoing = present(cells[9]).map(server -> new FoundAccount.Outgoing(server,
                port(cells[10]), Optional.of(security(cells[11], port(cells[10]))),
                cells[12].isBlank() ? AuthMethod.UNKNOWN : AuthMethod.fromAppleMail(cells[12]), present(cells[13])));
        List<FoundAccount> found = new ArrayList<>();
        List<String> addresses = Arrays.stream(cells[2].split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
        List<String> ownLogins = new ArrayList<>(addresses);
        present(cells[8]).ifPresent(ownLogins::add);
        for (String address : addresses) {
            List<Note> notes = new ArrayList<>();
            if (outgoing.isEmpty()) {
                notes.add(texts.note(NoteCode.NO_OUTGOING_SERVER));
            }
            outgoing.ifPresent(o -> notes.addAll(AccountNotes.forOutgoing(address, o, ownLogins, texts)));
            found.add(new FoundAccount(MailProgram.APPLE_MAIL, name.isEmpty() ? address : name, false, address,
                    present(cells[3]), outgoing, incoming, notes));
        }
        return found;
    }

    private static ConnectionSecurity security(String usesSsl, Optional<Integer> port) {
        if (!usesSsl.trim().equals("true")) {
            return ConnectionSecurity.NONE;
        }
        return port.isEmpty() ? ConnectionSecurity.AUTOMATIC
                : port.get() == 465 || port.get() == 993 || port.get() == 995 ? ConnectionSecurity.TLS
                : ConnectionSecurity.STARTTLS;
    }

    private static Optional<Integer> port(String cell) {
        try {
            int port = Integer.parseInt(cell.trim());
            return port > 0 && port < 65536 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> present(String cell) {
        String value = cell.trim();
        return value.isEmpty() || value.equals("missing value") ? Optional.empty() : Optional.of(value);
    }
}
