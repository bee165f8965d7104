package org.outboxdoctor.explain;

import org.outboxdoctor.diagnosis.Certainty;
import java.util.Optional;
import org.outboxdoctor.probe.smtp.SmtpReply;

/**
 * What a pasted error message means.
 *
 * @param program the mail program whose words were recognised, {@link Program#UNKNOWN} for a bare server reply
 * @param entry the catalogue entry that recognised it ("reply." entries read a server reply), "unknown" when none did
 * @param meaning one plain sentence for the customer
 * @param finding the finding code it points to (a {@code FindingCode} name); empty when the message is not about
 *                sending from this computer or does not say enough
 * @param certainty empty only when the message was not recognised
 * @param errorCode the program's own error number, such as Outlook's 0x800CCC0E
 * @param socketError the Windows socket error Outlook quoted, such as 10061
 * @param serverReply the SMTP reply the message quotes
 */
public record Explanation(Program program, String entry, String meaning, Optional<String> finding,
                          Optional<Certainty> certainty, RevealedSettings settings, Optional<String> errorCode,
                          Optional<Integer> socketError, Optional<SmtpReply> serverReply) {
    public static final String UNKNOWN_ENTRY = "unknown";

    public boolean recognised() {
        return !entry.equals(UNKNOWN_ENTRY);
    }
}
