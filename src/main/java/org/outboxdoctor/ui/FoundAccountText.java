package org.outboxdoctor.ui;

import org.outboxdoctor.mailprograms.ConnectionSecurity;
import org.outboxdoctor.mailprograms.FoundAccount;

/** How step 3 names an account found in a mail program: address, program, then server, port, security and login. */
final class FoundAccountText {

    private FoundAccountText() {
    }

    static String describe(FoundAccount account, Messages messages) {
        FoundAccount.Outgoing out = account.outgoing().orElseThrow();
        String port = out.port().map(String::valueOf).orElse(messages.get("server.found.portUnknown"));
        String security = out.security().map(s -> security(s, messages)).orElse(messages.get("server.security.dontKnow"));
        String login = out.login() ? messages.get("server.found.loginOn") : messages.get("server.found.loginOff");
        return messages.format("server.found.account", account.address(), account.program().displayName(), out.server(),
                port, security, login);
    }

    private static String security(ConnectionSecurity security, Messages messages) {
        return switch (security) {
            case NONE -> messages.get("server.security.none");
            case STARTTLS -> messages.get("server.security.starttls");
            case TLS -> messages.get("server.security.tls");
            case AUTOMATIC -> messages.get("server.found.securityAutomatic");
        };
    }
}
