package org.outboxdoctor.diagnosis;

import java.util.List;
import java.util.Locale;
import org.outboxdoctor.evidence.ProbeId;

/**
 * Words the judgements share with the wizard's rows while a probe still runs: the names of the places a probe
 * checks, as a sentence begins ("Port 587 (your mail program's)", "Reading mail (IMAP, port 993)"), and what the
 * public address is.
 */
public final class ProbeWords {
    private final FindingSet f;

    public ProbeWords(Locale locale) {
        this(new FindingSet(new FindingTexts(locale)));
    }

    ProbeWords(FindingSet texts) {
        f = texts;
    }

    /** An SMTP port, marked when it is the one the mail program uses. */
    public String port(int port, boolean users) {
        return users ? f.text("judgement.place.yourPort", port) : f.text("judgement.place.port", port);
    }

    /** A mailbox login on one port. */
    public String mailbox(ProbeId.MailboxLogin login) {
        return f.text("judgement.place.mailbox", login.protocol().name(), login.port());
    }

    /** "Your internet address is …", or that it could not be found. */
    public String publicAddress(List<String> addresses) {
        return addresses.isEmpty() ? f.text("judgement.publicIp.missing")
                : f.text("judgement.publicIp.found", String.join(f.text("judgement.publicIp.and"), addresses));
    }

    /** Logging in to send on a port. */
    String sendingLogin(int port, boolean users) {
        return users ? f.text("judgement.place.sendYourPort", port) : f.text("judgement.place.sendPort", port);
    }

    /** A blocklist, naming the address when several were asked about. */
    String list(String name, String ip, boolean severalAddresses) {
        return severalAddresses ? f.text("judgement.place.listFor", name, ip) : name;
    }
}
