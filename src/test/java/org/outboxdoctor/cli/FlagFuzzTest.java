package org.outboxdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.InvalidSettingException;
import org.outboxdoctor.settings.Secret;
import picocli.CommandLine;

/**
 * Seeded random command lines through the `check` parser and the reading of the settings: every one is
 * either understood or refused with a usage message, never an unexpected exception.
 */
class FlagFuzzTest {
    private static final String[] FLAGS = {"--email", "--username", "--password-env", "--password-stdin", "--server", "--port",
        "--security", "--no-auth", "--dns", "--trust-store", "--allow-plaintext-auth", "--timeout", "--json", "--profile",
        "--attachment", "--send-test", "--public-ip", "--whoami-dns", "--dnsbl", "--port-map", "--transcript", "-x", "--"};
    private static final String[] VALUES = {"alice@example.test", "a@b", "@", "bücher.example", "anna@bücher.example",
        "smtp://mail.example.com:587", "mail.example.com:70000", "[::1]", "::1", "127.0.0.1:53", "0", "-1", "65536", "587",
        "tls", "SSL", "starttls", "none", "maybe", "", " ", "stackmail", "generic", "nosuch", "25=2525", "25=x", "=",
        "a,b,,c", "203.0.113.7", "not-an-ip", "/nonexistent", "x".repeat(300), "\u0000", "ünïcödé@例え.jp", "300", "301"};

    @Test
    void randomCommandLinesAreUnderstoodOrRefusedCleanly() {
        Random random = new Random(6186);
        for (int i = 0; i < 5000; i++) {
            List<String> args = new ArrayList<>();
            for (int n = random.nextInt(8); n > 0; n--) {
                args.add(FLAGS[random.nextInt(FLAGS.length)]);
                if (random.nextInt(4) > 0) {
                    args.add(VALUES[random.nextInt(VALUES.length)]);
                }
            }
            if (random.nextBoolean()) {
                args.add(0, "--email");
                args.add(1, VALUES[random.nextInt(VALUES.length)]);
            }
            CheckCommand command = new CheckCommand(Map.of("PW", "secret"), new ByteArrayInputStream(new byte[0]));
            try {
                new CommandLine(command).parseArgs(args.toArray(String[]::new));
                assertNotNull(command.request(Secret.none()), "case " + i + ": " + args);
            } catch (CommandLine.ParameterException | InvalidSettingException expected) {
                assertNotNull(expected.getMessage(), "case " + i + ": " + args);
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " " + args + " threw " + e, e);
            }
        }
    }
}
