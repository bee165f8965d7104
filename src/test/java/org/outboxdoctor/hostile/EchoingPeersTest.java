package org.outboxdoctor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.cli.OutboxDoctorCli;
import org.outboxdoctor.practice.RefusedPort;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.testing.SecretEchoes;

/**
 * Servers that echo the password back in every encoding: in a 250 capability line, a multi-line 535 reply and
 * an IMAP NO text, together with what they received. The CLI's standard output and error, as JSON and as the
 * text report with transcripts, never let the password out in any form.
 */
class EchoingPeersTest {
    private static final String USER = "alice@example.test";
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)(\\+?)}$");

    @Test
    void echoedPasswordsNeverReachTheOutput() throws Exception {
        Random random = new Random(7071);
        List<String> passwords = new ArrayList<>(List.of("p\"a\\ss%+= wörd<&>'", "Open sesame & 42!"));
        for (int i = 0; i < 2; i++) {
            String password = "";
            while (password.length() < 4) {
                password = SecretEchoes.password(random, 40);
            }
            passwords.add(password);
        }
        for (String password : passwords) {
            List<String> echoes = SecretEchoes.echoes(USER, password, random);
            try (HostilePeer smtp = HostilePeer.start((s, in, out) -> smtp(in, out, echoes));
                 HostilePeer imap = HostilePeer.start((s, in, out) -> imap(in, out, echoes))) {
                for (boolean json : new boolean[] {true, false}) {
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    int exit = check(password, smtp.port(), imap.port(), json, out, err);
                    String what = "password " + password + (json ? " (JSON)" : " (text)") + ", exit " + exit + "\n" + out + err;
                    assertTrue(exit == 1 || exit == 3, what);
                    assertFalse(SecretEchoes.revealed(out.toString(), password), what);
                    assertFalse(SecretEchoes.revealed(err.toString(), password), what);
                    assertTrue(out.toString().contains("X-ECHO x=" + Redactor.MASK + ";"), "the capability echo was heard: " + what);
                    assertTrue(out.toString().contains("[AUTHENTICATIONFAILED] 5.7.8 Authentication failed: " + Redactor.MASK),
                            "the IMAP echo was heard: " + what);
                    assertTrue(out.toString().contains("535-5.7.8 Authentication failed: " + Redactor.MASK), what);
                    if (json) {
                        assertEquals(1, JsonParser.parseString(out.toString()).getAsJsonObject().get("authAttempts").getAsInt(), what);
                    }
                }
            }
        }
    }

    private static int check(String password, int smtpPort, int imapPort, boolean json, StringWriter out, StringWriter err) {
        int refused = RefusedPort.allocate();
        StringBuilder map = new StringBuilder();
        for (int p : new int[] {25, 465, 587, 2525, 993, 143, 995, 110}) {
            map.append(map.length() == 0 ? "" : ",").append(p).append('=').append(p == 25 ? smtpPort : p == 143 ? imapPort : refused);
        }
        List<String> args = new ArrayList<>(List.of("check", "--email", USER, "--password-env", "PW", "--server", "127.0.0.1",
                "--port", "25", "--security", "none", "--allow-plaintext-auth", "--dns", "127.0.0.1:" + refused,
                "--whoami-dns", "127.0.0.1:" + refused, "--port-map", map.toString(), "--timeout", "8", "--transcript",
                "--rerun-pause", "0", "--profile", "generic"));
        if (json) {
            args.add("--json");
        }
        return OutboxDoctorCli.run(args.toArray(String[]::new), Map.of("PW", password), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** An SMTP server that puts every echo in its capability list and in a multi-line 535, with what it received. */
    private static void smtp(InputStream in, OutputStream out, List<String> echoes) throws IOException {
        HostilePeer.write(out, "220 echo.example.test ESMTP\r\n");
        String line;
        while ((line = HostilePeer.readLine(in)) != null) {
            String verb = line.toUpperCase(Locale.ROOT);
            if (verb.startsWith("EHLO")) {
                StringBuilder reply = new StringBuilder("250-echo.example.test\r\n");
                echoes.forEach(e -> reply.append("250-X-ECHO ").append(wire(e)).append("\r\n"));
                HostilePeer.write(out, reply.append("250 AUTH PLAIN LOGIN\r\n").toString());
            } else if (verb.startsWith("AUTH")) {
                List<String> received = new ArrayList<>(List.of(line));
                if (verb.startsWith("AUTH LOGIN")) {
                    HostilePeer.write(out, "334 VXNlcm5hbWU6\r\n");
                    received.add(HostilePeer.readLine(in));
                    HostilePeer.write(out, "334 UGFzc3dvcmQ6\r\n");
                    received.add(HostilePeer.readLine(in));
                } else if (line.trim().split(" ").length < 3) {
                    HostilePeer.write(out, "334 \r\n");
                    received.add(HostilePeer.readLine(in));
                }
                StringBuilder reply = new StringBuilder();
                for (String r : received) {
                    reply.append("535-5.7.8 you sent x=").append(r).append("\r\n");
                }
                echoes.forEach(e -> reply.append("535-").append(wire(e)).append("\r\n"));
                HostilePeer.write(out, reply.append("535 5.7.8 Authentication failed\r\n").toString());
            } else if (verb.startsWith("RCPT")) {
                HostilePeer.write(out, "554 5.7.1 Relay access denied\r\n");
            } else if (verb.startsWith("QUIT")) {
                HostilePeer.write(out, "221 bye\r\n");
                return;
            } else {
                HostilePeer.write(out, "250 ok\r\n");
            }
        }
    }

    /** An IMAP server that refuses the login with every echo and what it received in its NO text. */
    private static void imap(InputStream in, OutputStream out, List<String> echoes) throws IOException {
        HostilePeer.write(out, "* OK echo IMAP ready\r\n");
        String command;
        while ((command = readCommand(in, out)) != null) {
            String[] words = command.split(" ", 3);
            String verb = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
            if (verb.equals("CAPABILITY")) {
                HostilePeer.write(out, "* CAPABILITY IMAP4rev1\r\n" + words[0] + " OK done\r\n");
            } else if (verb.equals("LOGIN") || verb.equals("AUTHENTICATE")) {
                // the bytes it received go back as they came; the echoes as UTF-8
                HostilePeer.write(out, words[0] + " NO [AUTHENTICATIONFAILED] " + wire(String.join(" ", echoes))
                        + " you sent " + (words.length > 2 ? words[2] : "") + "\r\n");
            } else if (verb.equals("LOGOUT")) {
                HostilePeer.write(out, "* BYE\r\n" + words[0] + " OK bye\r\n");
                return;
            } else {
                HostilePeer.write(out, (words[0].isEmpty() ? "*" : words[0]) + " OK\r\n");
            }
        }
    }

    /** One IMAP command with its literals (RFC 9051 section 4.3) read in place of their {n} markers, as bytes. */
    private static String readCommand(InputStream in, OutputStream out) throws IOException {
        StringBuilder command = new StringBuilder();
        String line = HostilePeer.readLine(in);
        while (line != null) {
            Matcher literal = LITERAL.matcher(line);
            if (!literal.find()) {
                return command.append(line).toString();
            }
            command.append(line, 0, literal.start());
            if (literal.group(2).isEmpty()) {
                HostilePeer.write(out, "+ go ahead\r\n");
            }
            command.append(new String(in.readNBytes(Integer.parseInt(literal.group(1))), StandardCharsets.ISO_8859_1));
            line = HostilePeer.readLine(in);
        }
        return command.length() == 0 ? null : command.toString();
    }

    /** Text as the Latin-1 view of its UTF-8 bytes, which is what {@link HostilePeer#write} puts on the wire. */
    private static String wire(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
