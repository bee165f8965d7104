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
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.cli.OutboxDoctorCli;
import org.outboxdoctor.practice.RefusedPort;
import org.outboxdoctor.probe.Redactor;
import org.outboxdoctor.testing.SecretEchoes;

/**
 * Servers that take a bearer token (XOAUTH2 over SMTP and IMAP) and echo it back in every encoding: in the EHLO
 * capability list, in the 334 error challenge (base64 JSON holding the token and the AUTH line received), in a multi-line
 * 535 and in an IMAP NO. Neither the JSON nor the text report with transcripts lets the token out in any form, and the
 * SMTP server receives the token once.
 */
class EchoingTokenPeersTest {
    private static final String USER = "alice@example.test";
    private static final String B64TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/";

    @Test
    void echoedTokensNeverReachTheOutput() throws Exception {
        Random random = new Random(7628);
        List<String> tokens = new ArrayList<>(List.of("ya29.a0AfB_byC7Qm-Zx9~Kp4/Wn+Lr8Qv2Ys5Tu1Oi3Ea6==",
                "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.c2lnbmF0dXJl"));
        tokens.add(randomToken(random, 40));
        tokens.add(randomToken(random, 1200));
        for (String token : tokens) {
            List<String> echoes = SecretEchoes.tokenEchoes(USER, token, random);
            AtomicInteger tokensReceived = new AtomicInteger();
            try (HostilePeer smtp = HostilePeer.start((s, in, out) -> smtp(in, out, echoes, token, tokensReceived));
                 HostilePeer imap = HostilePeer.start((s, in, out) -> imap(in, out, echoes))) {
                for (boolean json : new boolean[] {true, false}) {
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    int before = tokensReceived.get();
                    int exit = check(token, smtp.port(), imap.port(), json, out, err);
                    String what = "token " + token.substring(0, 12) + "…" + (json ? " (JSON)" : " (text)") + ", exit " + exit
                            + "\n" + out + err;
                    assertEquals(1, exit, what);
                    assertFalse(SecretEchoes.revealed(out.toString(), token), what);
                    assertFalse(SecretEchoes.revealed(err.toString(), token), what);
                    assertTrue(out.toString().contains("X-ECHO x=" + Redactor.MASK + ";"), "the capability echo was heard: " + what);
                    assertTrue(out.toString().contains("535-5.7.8 you sent " + Redactor.MASK), "the 535 echo was heard: " + what);
                    assertTrue(out.toString().contains("OAUTH_TOKEN_REFUSED"), what);
                    assertFalse(out.toString().contains("WRONG_PASSWORD"), what);
                    assertEquals(1, tokensReceived.get() - before, "the token crossed the SMTP connection once: " + what);
                    if (json) {
                        assertEquals(1, JsonParser.parseString(out.toString()).getAsJsonObject().get("authAttempts").getAsInt(), what);
                    }
                }
            }
        }
    }

    /** Angus Mail falls back to LOGIN with the "password" when no configured mechanism is offered: never with a token. */
    @Test
    void anImapServerWithoutXoauth2IsNeverSentTheToken() throws Exception {
        String token = "ya29.a0AfB_byC7Qm-Zx9~Kp4/Wn+Lr8Qv2Ys5Tu1Oi3Ea6==";
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger tokens = new AtomicInteger();
        try (HostilePeer smtp = HostilePeer.start((s, in, out) -> smtp(in, out, List.of(), token, tokens));
             HostilePeer imap = HostilePeer.start((s, in, out) -> {
                 HostilePeer.write(out, "* OK IMAP ready\r\n");
                 String command;
                 while ((command = HostilePeer.readLine(in)) != null) {
                     heard.add(command);
                     String[] words = command.split(" ", 3);
                     String verb = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
                     if (verb.equals("CAPABILITY")) {
                         HostilePeer.write(out, "* CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=LOGIN\r\n" + words[0] + " OK done\r\n");
                     } else if (verb.equals("LOGOUT")) {
                         HostilePeer.write(out, "* BYE\r\n" + words[0] + " OK bye\r\n");
                         return;
                     } else {
                         HostilePeer.write(out, words[0] + " NO [AUTHENTICATIONFAILED] no\r\n");
                     }
                 }
             })) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = check(token, smtp.port(), imap.port(), true, out, err);

            String what = "exit " + exit + "\n" + out + err + "\nIMAP heard " + heard;
            assertTrue(heard.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).contains("CAPABILITY")), what);
            assertFalse(heard.stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).matches("\\S+ (LOGIN|AUTHENTICATE).*")), what);
            assertTrue(out.toString().contains("\"status\": \"oauth-not-offered\""), what);
            assertTrue(out.toString().contains("does not offer sign-in with a token (no XOAUTH2)"), what);
        }
    }

    private static String randomToken(Random random, int length) {
        StringBuilder token = new StringBuilder();
        while (token.length() < length) {
            token.append(B64TOKEN.charAt(random.nextInt(B64TOKEN.length())));
        }
        return token.toString();
    }

    private static int check(String token, int smtpPort, int imapPort, boolean json, StringWriter out, StringWriter err) {
        int refused = RefusedPort.allocate();
        StringBuilder map = new StringBuilder();
        for (int p : new int[] {25, 465, 587, 2525, 993, 143, 995, 110}) {
            map.append(map.length() == 0 ? "" : ",").append(p).append('=').append(p == 25 ? smtpPort : p == 143 ? imapPort : refused);
        }
        List<String> args = new ArrayList<>(List.of("check", "--email", USER, "--oauth-token-env", "TOKEN", "--server",
                "127.0.0.1", "--port", "25", "--security", "none", "--allow-plaintext-auth", "--dns", "127.0.0.1:" + refused,
                "--whoami-dns", "127.0.0.1:" + refused, "--port-map", map.toString(), "--timeout", "8", "--transcript",
                "--rerun-pause", "0", "--profile", "generic"));
        if (json) {
            args.add("--json");
        }
        return OutboxDoctorCli.run(args.toArray(String[]::new), Map.of("TOKEN", token), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /**
     * Offers XOAUTH2 among its capabilities and the echoes; answers a token with a 334 challenge whose JSON holds the
     * token and the line received, then a 535 with everything the client sent.
     */
    private static void smtp(InputStream in, OutputStream out, List<String> echoes, String token, AtomicInteger tokens)
            throws IOException {
        HostilePeer.write(out, "220 echo.example.test ESMTP\r\n");
        String line;
        while ((line = HostilePeer.readLine(in)) != null) {
            String verb = line.toUpperCase(Locale.ROOT);
            if (verb.startsWith("EHLO")) {
                StringBuilder reply = new StringBuilder("250-echo.example.test\r\n");
                echoes.forEach(e -> reply.append("250-X-ECHO ").append(wire(e)).append("\r\n"));
                HostilePeer.write(out, reply.append("250 AUTH PLAIN LOGIN XOAUTH2\r\n").toString());
            } else if (verb.startsWith("AUTH")) {
                List<String> received = new ArrayList<>(List.of(line));
                String json = "{\"status\":\"401\",\"token\":\"" + token + "\",\"got\":\"" + line + "\"}";
                HostilePeer.write(out, "334 " + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "\r\n");
                received.add(HostilePeer.readLine(in));
                received.forEach(r -> {
                    if (r != null && carriesToken(r, token)) {
                        tokens.incrementAndGet();
                    }
                });
                StringBuilder reply = new StringBuilder();
                for (String r : received) {
                    reply.append("535-5.7.8 you sent ").append(r).append("\r\n");
                }
                echoes.forEach(e -> reply.append("535-").append(wire(e)).append("\r\n"));
                HostilePeer.write(out, reply.append("535 5.7.8 Username and Password not accepted\r\n").toString());
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

    private static boolean carriesToken(String line, String token) {
        String[] words = line.trim().split(" ");
        try {
            String decoded = new String(Base64.getDecoder().decode(words[words.length - 1]), StandardCharsets.UTF_8);
            return decoded.contains(token);
        } catch (IllegalArgumentException notBase64) {
            return line.contains(token);
        }
    }

    /** An IMAP server that offers XOAUTH2 and refuses it with every echo and what it received in its NO text. */
    private static void imap(InputStream in, OutputStream out, List<String> echoes) throws IOException {
        HostilePeer.write(out, "* OK echo IMAP ready\r\n");
        String command;
        while ((command = HostilePeer.readLine(in)) != null) {
            String[] words = command.split(" ", 3);
            String verb = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
            if (verb.equals("CAPABILITY")) {
                HostilePeer.write(out, "* CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2\r\n" + words[0] + " OK done\r\n");
            } else if (verb.equals("LOGIN") || verb.equals("AUTHENTICATE")) {
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

    private static String wire(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
