package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.practice.RefusedPort;

/**
 * A password typed in UTF-8 and handed to the command line in a C/POSIX locale (cron, systemd, containers): the
 * JVM then decodes its environment as ASCII, yet the server must receive the bytes the user typed, never U+FFFD.
 */
class CLocalePasswordTest {
    private static final String PASSWORD = "pässwörd€ 東京";

    @TempDir
    Path home;

    @Test
    void passwordFromTheEnvironmentReachesTheServerAsUtf8() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/environ")) && Files.isExecutable(Path.of("/bin/sh")),
                "a Linux system, where the C locale decodes the environment as ASCII");
        assertEquals(utf8Credentials(), credentialsTheServerGot(true));
    }

    @Test
    void passwordFromStandardInputReachesTheServerAsUtf8() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        assertEquals(utf8Credentials(), credentialsTheServerGot(false));
    }

    private static String utf8Credentials() {
        return Base64.getEncoder().encodeToString(("\0alice@example.test\0" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs check in a child JVM in the C locale against a peer that logs AUTH PLAIN; returns its payload. */
    private String credentialsTheServerGot(boolean fromEnvironment) throws Exception {
        List<String> auth = new CopyOnWriteArrayList<>();
        try (HostilePeer peer = HostilePeer.start((s, in, out) -> {
            HostilePeer.write(out, "220 locale.example.test ESMTP\r\n");
            String line;
            while ((line = HostilePeer.readLine(in)) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("QUIT")) {
                    return;
                }
                if (upper.startsWith("AUTH PLAIN ")) {
                    auth.add(line.substring(11));
                }
                HostilePeer.write(out, upper.startsWith("EHLO") ? "250-locale.example.test\r\n250 AUTH PLAIN\r\n"
                        : upper.startsWith("AUTH") ? "235 2.7.0 Authentication successful\r\n"
                        : upper.startsWith("RCPT") ? "554 5.7.1 Relay access denied\r\n" : "250 2.0.0 Ok\r\n");
            }
        })) {
            int refused = RefusedPort.allocate();
            List<String> jvm = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Doutboxdoctor.loopbackOnly=true",
                    "-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.jnu.encoding=ANSI_X3.4-1968", "-Duser.home=" + home,
                    "-Djava.util.prefs.userRoot=" + home.resolve("prefs"), "org.outboxdoctor.Main", "check",
                    "--email", "alice@example.test", "--server", "127.0.0.1", "--port", "25", "--security", "none",
                    "--allow-plaintext-auth", "--dns", "127.0.0.1:" + refused, "--whoami-dns", "127.0.0.1:" + refused,
                    "--port-map", HostileCli.portMap(java.util.Map.of(25, peer.port()), refused), "--timeout", "6",
                    "--rerun-pause", "0", "--json"));
            jvm.addAll(fromEnvironment ? List.of("--password-env", "OD_PASSWORD") : List.of("--password-stdin"));
            // the password's bytes travel as printf escapes: the command line itself is ASCII in any locale
            StringBuilder octal = new StringBuilder();
            for (byte b : PASSWORD.getBytes(StandardCharsets.UTF_8)) {
                octal.append('\\').append(Integer.toOctalString(b & 0xFF));
            }
            String script = fromEnvironment ? "OD_PASSWORD=\"$(printf '" + octal + "')\" exec \"$@\""
                    : "printf '" + octal + "\\n' | \"$@\"";
            List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", script, "sh"));
            command.addAll(jvm);
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(home.resolve("out.txt").toFile())
                    .redirectError(home.resolve("err.txt").toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
            builder.environment().put("LANG", "C");
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            process.getOutputStream().close(); // the password comes from printf
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the check ended");
            String out = Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8);
            assertTrue(out.replace(" ", "").contains("\"authAttempts\":1"), out + Files.readString(home.resolve("err.txt")));
            assertEquals(1, auth.size(), out);
            assertArrayEquals(Base64.getDecoder().decode(utf8Credentials()), Base64.getDecoder().decode(auth.get(0)));
            return auth.get(0);
        }
    }
}
