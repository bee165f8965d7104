package org.outboxdoctor.settings;

import java.util.List;

/** The ports mail programs send on. */
public final class Ports {
    /** Port 25 is for servers talking to servers; home ISPs often block it. */
    public static final int SMTP = 25;
    public static final int SUBMISSIONS = 465;
    public static final int SUBMISSION = 587;
    /** An alternative submission port some providers open because 25 is so often blocked. */
    public static final int ALTERNATIVE = 2525;
    public static final List<Integer> OUTGOING = List.of(SMTP, SUBMISSIONS, SUBMISSION, ALTERNATIVE);
    /** The sending ports a customer should use, best first: 25 last, as home providers block it. */
    public static final List<Integer> PREFERRED = List.of(SUBMISSION, SUBMISSIONS, ALTERNATIVE, SMTP);

    public static final int IMAPS = 993;
    public static final int IMAP = 143;
    public static final int POP3S = 995;
    public static final int POP3 = 110;

    private Ports() {
    }

    /** Whether a mail program's own port is worth keeping when it works: any but 25, which home providers block. */
    public static boolean worthKeeping(int port) {
        return port != SMTP;
    }

    public static int check(int port) {
        if (port < 1 || port > 65535) {
            throw InvalidSettingException.of("problem.port.range", port);
        }
        return port;
    }
}
