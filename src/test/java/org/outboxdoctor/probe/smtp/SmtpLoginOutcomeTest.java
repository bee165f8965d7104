package org.outboxdoctor.probe.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the last reply of an AUTH exchange says, as a fact of RFC 4954 and RFC 5321 (the diagnosis judges). */
class SmtpLoginOutcomeTest {

    private static AuthOutcome of(int code, String text) {
        return SmtpLogin.outcome(new SmtpReply(code, List.of(text)));
    }

    @Test
    void repliesThatJudgedTheCredentials() {
        assertEquals(AuthOutcome.ACCEPTED, of(235, "2.7.0 Authentication successful"));
        assertEquals(AuthOutcome.REJECTED, of(535, "5.7.8 Error: authentication failed"));
        assertEquals(AuthOutcome.REJECTED, of(534, "5.7.9 Application-specific password required"));
        assertEquals(AuthOutcome.REJECTED, of(554, "5.7.0 Transaction failed"));
        assertEquals(AuthOutcome.TEMPORARY_FAILURE, of(454, "4.7.0 Temporary authentication failure"));
        // 504 with a security enhanced code: the server judged the login (Microsoft's "basic auth" refusals)
        assertEquals(AuthOutcome.REJECTED, of(504, "5.7.4 Unrecognized authentication type"));
    }

    @Test
    void repliesOutsideTheExchange() {
        assertEquals(AuthOutcome.PROTOCOL_ERROR, of(502, "5.5.1 Command not implemented"));
        assertEquals(AuthOutcome.PROTOCOL_ERROR, of(500, "Command unrecognized"));
        assertEquals(AuthOutcome.PROTOCOL_ERROR, of(503, "5.5.1 Bad sequence of commands"));
        assertEquals(AuthOutcome.PROTOCOL_ERROR, of(250, "2.0.0 Ok"));
        assertEquals(AuthOutcome.PROTOCOL_ERROR, of(334, "VXNlcm5hbWU6"));
        assertEquals(AuthOutcome.PROTOCOL_ERROR, of(220, "ready"));
        // AUTH LOGIN answered "authenticated" before the password was asked for
        assertEquals(AuthOutcome.PROTOCOL_ERROR, SmtpLogin.outcome(new SmtpLogin.Result(
                new SmtpReply(235, List.of("2.7.0 Authentication successful")), "", false)));
        assertEquals(AuthOutcome.ACCEPTED, SmtpLogin.outcome(new SmtpLogin.Result(
                new SmtpReply(235, List.of("2.7.0 Authentication successful")), "")));
    }
}
