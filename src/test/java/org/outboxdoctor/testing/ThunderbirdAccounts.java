package org.outboxdoctor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Thunderbird profile with one sending account, written into a test's temporary home the way Thunderbird on Linux
 * writes it ({@code ~/.thunderbird/profiles.ini} and the profile's {@code prefs.js}), for tests outside the
 * mailprograms package.
 */
public final class ThunderbirdAccounts {
    private ThunderbirdAccounts() {
    }

    /**
     * @param socketType Thunderbird's try_ssl: 0 none, 2 STARTTLS, 3 SSL/TLS
     * @param authMethod 1 none, 3 normal password, 10 OAuth2
     */
    public static void write(Path home, String address, String server, int port, int socketType, int authMethod,
                             String username) throws IOException {
        Path root = home.resolve(".thunderbird");
        Files.createDirectories(root.resolve("abcd1234.default-release"));
        Files.writeString(root.resolve("profiles.ini"), """
                [Profile0]
                Name=default-release
                IsRelative=1
                Path=abcd1234.default-release
                Default=1
                """, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("abcd1234.default-release/prefs.js"), """
                user_pref("mail.accountmanager.accounts", "account1");
                user_pref("mail.account.account1.identities", "id1");
                user_pref("mail.account.account1.server", "server1");
                user_pref("mail.identity.id1.useremail", "%1$s");
                user_pref("mail.identity.id1.fullName", "Test Person");
                user_pref("mail.identity.id1.smtpServer", "smtp1");
                user_pref("mail.server.server1.hostname", "imap.%2$s");
                user_pref("mail.server.server1.type", "imap");
                user_pref("mail.server.server1.socketType", 3);
                user_pref("mail.server.server1.userName", "%6$s");
                user_pref("mail.smtpservers", "smtp1");
                user_pref("mail.smtpserver.smtp1.hostname", "%2$s");
                user_pref("mail.smtpserver.smtp1.port", %3$d);
                user_pref("mail.smtpserver.smtp1.try_ssl", %4$d);
                user_pref("mail.smtpserver.smtp1.authMethod", %5$d);
                user_pref("mail.smtpserver.smtp1.username", "%6$s");
                """.formatted(address, server, port, socketType, authMethod, username), StandardCharsets.UTF_8);
    }
}
