package org.outboxdoctor.practice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The server's side of one AUTH PLAIN, LOGIN, XOAUTH2 or OAUTHBEARER exchange (RFC 4954, RFC 7628): challenges, the
 * client's base64 answers, and the verdict the {@link SmtpBehaviour} asks for or its user list gives (a token is
 * right when it is the user's password).
 */
final class SmtpAuthExchange {
    private final SmtpServerConnection connection;
    private final SmtpServerLog log;
    private final SmtpBehaviour behaviour;

    SmtpAuthExchange(SmtpServerConnection connection, SmtpServerLog log, SmtpBehaviour behaviour) {
        this.connection = connection;
        this.log = log;
        this.behaviour = behaviour;
    }

    /**
     * Runs the exchange for an offered mechanism, PLAIN or LOGIN, with the initial response if the client sent one.
     * Returns the user name once the server said 235, otherwise null (refused, cancelled or not base64).
     */
    String run(String mechanism, String initial) throws IOException {
        return switch (mechanism) {
            case "PLAIN" -> plain(initial);
            case "LOGIN" -> login(initial);
            default -> bearer(initial);
        };
    }

    /**
     * XOAUTH2 ({@code user=NAME^Aauth=Bearer TOKEN^A^A}) or OAUTHBEARER ({@code n,a=NAME,^Aauth=Bearer TOKEN^A^A}); a
     * refusal may first send the behaviour's error challenge and read the client's answer, which must not hold the
     * token again (the log counts every payload that does).
     */
    private String bearer(String initial) throws IOException {
        String response = initial != null ? initial : challenge("334 ");
        if (response == null || (response = decode(response)) == null) {
            return null;
        }
        log.tokenReceived();
        String user = null;
        String token = null;
        for (String field : response.split("\u0001")) {
            if (field.startsWith("user=")) {
                user = field.substring(5);
            } else if (field.startsWith("n,a=") || field.startsWith("y,a=")) {
                user = field.substring(4).replaceAll(",$", "").replace("=2C", ",").replace("=3D", "=");
            } else if (field.startsWith("auth=Bearer ")) {
                token = field.substring(12);
            }
        }
        boolean known = user != null && token != null && token.equals(behaviour.users().get(user));
        if ((!known || behaviour.authReply().isPresent()) && behaviour.tokenErrorChallenge().isPresent()) {
            String json = behaviour.tokenErrorChallenge().get();
            String answer = challenge("334 " + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
            if (answer == null) {
                return null;
            }
            String decoded = answer.isEmpty() ? "" : decodeQuietly(answer);
            if (decoded.contains("auth=Bearer")) {
                log.tokenReceived();
            }
            user = null;
        }
        return finish(user, known && user != null ? token : null);
    }

    private static String decodeQuietly(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    private String plain(String initial) throws IOException {
        String response = initial != null ? initial : challenge("334 ");
        if (response == null) {
            return null;
        }
        String decoded = response.equals("=") ? "" : decode(response);
        if (decoded == null) {
            return null;
        }
        String[] fields = decoded.split("\0", -1);
        return finish(fields.length == 3 ? fields[1] : null, fields.length == 3 ? fields[2] : null);
    }

    private String login(String initial) throws IOException {
        String username = initial != null ? initial : challenge("334 VXNlcm5hbWU6");
        if (username == null || (username = decode(username)) == null) {
            return null;
        }
        String password = challenge("334 UGFzc3dvcmQ6");
        if (password == null || (password = decode(password)) == null) {
            return null;
        }
        return finish(username, password);
    }

    private String finish(String username, String password) throws IOException {
        boolean known = username != null && password != null && password.equals(behaviour.users().get(username));
        String result = behaviour.authReply().orElse(known
                ? "235 2.7.0 Authentication successful"
                : "535 5.7.8 Error: authentication failed: authentication failure");
        connection.reply(result);
        return result.startsWith("235") ? username : null;
    }

    /** Sends a SASL challenge and reads the answer; null if the client cancelled. */
    private String challenge(String prompt) throws IOException {
        connection.reply(prompt);
        String answer = connection.readLine();
        if (answer == null) {
            throw new IOException("client hung up during AUTH");
        }
        log.saslAnswer();
        if (answer.trim().equals("*")) {
            connection.reply("501 5.7.0 Authentication aborted");
            return null;
        }
        return answer.trim();
    }

    /** Base64-decodes a SASL answer, replying 501 and returning null when it is not base64. */
    private String decode(String base64) throws IOException {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            connection.reply("501 5.5.2 Cannot decode response");
            return null;
        }
    }
}
