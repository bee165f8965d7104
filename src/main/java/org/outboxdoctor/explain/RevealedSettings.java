package org.outboxdoctor.explain;

import java.util.Optional;

/**
 * The settings a message gives away about the mail program that wrote it: Outlook's detail line names server,
 * protocol, port and SSL; Thunderbird and Apple name the server. Whatever the message does not say stays empty.
 *
 * @param ssl true when the program used SSL/TLS for the connection, false when it did not
 * @param protocol SMTP, POP3 or IMAP, as the program named it
 */
public record RevealedSettings(Optional<String> server, Optional<Integer> port, Optional<Boolean> ssl, Optional<String> protocol) {
    public static final RevealedSettings NONE = new RevealedSettings(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public boolean isEmpty() {
        return server.isEmpty() && port.isEmpty() && ssl.isEmpty() && protocol.isEmpty();
    }
}
