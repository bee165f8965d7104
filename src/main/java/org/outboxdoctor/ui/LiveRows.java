package org.outboxdoctor.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.outboxdoctor.diagnosis.ProbeWords;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;

/** The rows of one live-check page while a run is going on, in display order, replaced by key. */
final class LiveRows {
    private final List<Row> rows = new ArrayList<>();

    LiveRows(List<Row> first) {
        rows.addAll(first);
    }

    /** Replaces the row with the same key, or adds it at the end. */
    void put(Row row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(row.key())) {
                rows.set(i, row);
                return;
            }
        }
        rows.add(row);
    }

    /** Puts {@code row} first, wherever it was. */
    void putFirst(Row row) {
        remove(row.key());
        rows.add(0, row);
    }

    void remove(String key) {
        rows.removeIf(r -> r.key().equals(key));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    static Row running(String key, String sentence) {
        return new Row(key, StatusLook.RUNNING, sentence, List.of(), List.of());
    }

    /**
     * What every page of one run shares while it runs: the user's port, the words for places, and which SMTP ports
     * have started and finished (the pages that wait for every port need to know).
     */
    static final class Run {
        private final int usersPort;
        private final String server;
        private final Messages messages;
        private final ProbeWords places;
        private final Set<ProbeId> portsStarted = new LinkedHashSet<>();
        private final Set<ProbeId> portsFinished = new LinkedHashSet<>();

        Run(String server, int usersPort, Messages messages) {
            this.server = server;
            this.usersPort = usersPort;
            this.messages = messages;
            this.places = new ProbeWords(messages.language());
        }

        /** Counts SMTP ports as they start and finish; called before the pages hear the event. */
        void heard(ProgressEvent event) {
            if (event.probe() instanceof ProbeId.SmtpPort) {
                portsStarted.add(event.probe());
                if (!(event instanceof ProgressEvent.Started)) {
                    portsFinished.add(event.probe());
                }
            }
        }

        boolean everyPortFinished() {
            return portsFinished.containsAll(portsStarted);
        }

        String server() {
            return server;
        }

        Messages messages() {
            return messages;
        }

        boolean isUsersPort(int port) {
            return port == usersPort;
        }

        String port(int port) {
            return places.port(port, isUsersPort(port));
        }

        String mailbox(ProbeId.MailboxLogin login) {
            return places.mailbox(login);
        }

        String publicAddress(List<String> addresses) {
            return places.publicAddress(addresses);
        }

        /** "Done. The answer follows in a moment." */
        Row done(String key) {
            return new Row(key, StatusLook.INFO, messages.get("row.done"), List.of(), List.of());
        }
    }
}
