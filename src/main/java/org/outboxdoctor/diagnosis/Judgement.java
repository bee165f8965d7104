package org.outboxdoctor.diagnosis;

import java.util.List;
import org.outboxdoctor.evidence.ProbeId;

/**
 * What the diagnosis says about one probe, or one part of it (a port's connection, its login, its certificate):
 * how it looks and one plain sentence, localised once, with the evidence and the redactable transcript behind it.
 * The wizard's rows and every report only show these; none judges evidence again.
 *
 * @param key    a stable id for display ("dns", "port-587", "login-imap-993", "auth-465", "cert-465",
 *               "relay-587", "public-ip", "dnsbl-bl_spamcop_net-127_0_0_2"…); made here, never parsed
 * @param probe  the probe it is about
 * @param aspect which part of the probe it judges, and so which wizard page shows it
 * @param link   a web page that helps (a blocklist's removal page), empty when there is none
 */
public record Judgement(String key, ProbeId probe, Aspect aspect, Severity severity, String sentence,
                        List<String> evidence, List<String> transcript, String link) {

    /** The parts of a probe a judgement can be about. */
    public enum Aspect {
        /** The outgoing server's name in DNS. */
        SERVER_NAME,
        /** Whether a port answers as a mail server. */
        CONNECTION,
        /** A login to read mail (IMAP, POP3). */
        MAILBOX_LOGIN,
        /** The login for sending (SMTP AUTH). */
        SENDING_LOGIN,
        /** A server's certificate. */
        CERTIFICATE,
        /** Whether the account may send, after logging in. */
        SENDING,
        /** Whether it may send as the address the mail program sends from (an alias). */
        SENDER,
        /** The largest message the server takes. */
        SIZE,
        /** This computer's public address. */
        PUBLIC_ADDRESS,
        /** One blocklist's answer about that address. */
        LISTING,
        /** The test message: sent, and seen in the inbox. */
        TEST_MESSAGE;

        /** The aspect that stands for the whole probe in a report's list of probes. */
        public boolean main() {
            return this != SENDING_LOGIN && this != CERTIFICATE && this != SENDING && this != SENDER && this != SIZE
                    && this != TEST_MESSAGE;
        }
    }

    public Judgement {
        evidence = List.copyOf(evidence);
        transcript = List.copyOf(transcript);
        link = link == null ? "" : link;
    }

    public boolean hasDetails() {
        return !evidence.isEmpty() || !transcript.isEmpty();
    }
}
