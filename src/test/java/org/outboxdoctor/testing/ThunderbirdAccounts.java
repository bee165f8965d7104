package org.outboxdoctor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Thunderbird profile with one sending account, written into a test's temporary home the way Thunderbird on Linux
 * writes it ({@code ~/.thunderbird/profiles.ini} and the profile's {@code prefs.js}), for tests outside the
 * mailprograms package.
 */
public final class ThunderbirdAccounts {
    private ThunderbirdAccounts() {
    }

    /**
     * One sending account: its identity, its outgoing server and an IMAP server beside it.
     *
     * @param socketType Thunderbird's try_ssl: 0 none, 2 STARTTLS, 3 SSL/TLS
     * @param authMethod 1 none, 3 normal password, 10 OAuth2
     */
    public record Account(String address, String server, int port, int socketType, int authMethod, String username) {
    }

    /** One default profile with these accounts, in this order. */
    public static void write(Path home, Account... accounts) throws IOException {
        Path root = home.resolve(".thunderbird");
        Files.createDirectories(root.resolve("abcd1234.default-release"));
        Files.writeString(root.resolve("profiles.ini"), """
                [Profile0]
                Name=default-release
                IsRelative=1
                Path=abcd1234.default-release
                Default=1
                """, StandardCharsets.UTF_8);
        StringBuilder prefs = new StringBuilder();
        List<String> keys = new ArrayList<>();
        List<String> servers = new ArrayList<>();
        for (int i = 1; i <= accounts.length; i++) {
            Account a = accounts[i - 1];
            keys.add("account" + i);
            servers.add("smtp" + i);
            prefs.append("""
                    user_pref("mail.account.account%1$d.identities", "id%1$d");
                    user_pref("mail.account.account%1$d.server", "server%1$d");
                    user_pref("mail.identity.id%1$d.useremail", "%2$s");
                    user_pref("mail.identity.id%1$d.fullName", "Test Person %1$d");
                    user_pref("mail.identity.id%1$d.smtpServer", "smtp%1$d");
                    user_pref("mail.server.server%1$d.hostname", "imap.%3$s");
                    user_pref("mail.server.server%1$d.type", "imap");
                    user_pref("mail.server.server%1$d.socketType", 3);
                    user_pref("mail.server.server%1$d.userName", "%7$s");
                    user_pref("mail.smtpserver.smtp%1$d.hostname", "%3$s");
                    user_pref("mail.smtpserver.smtp%1$d.port", %4$d);
                    user_pref("mail.smtpserver.smtp%1$d.try_ssl", %5$d);
                    user_pref("mail.smtpserver.smtp%1$d.authMethod", %6$d);
                    user_pref("mail.smtpserver.smtp%1$d.username", "%7$s");
                    """.formatted(i, a.address(), a.server(), a.port(), a.socketType(), a.authMethod(), a.username()));
        }
        prefs.append("user_pref(\"mail.accountmanager.accounts\", \"").append(String.join(",", keys)).append("\");\n");
        prefs.append("user_pref(\"mail.smtpservers\", \"").append(String.join(",", servers)).append("\");\n");
        Files.writeString(root.resolve("abcd1234.default-release/prefs.js"), prefs.toString(), StandardCharsets.UTF_8);
    }
}
