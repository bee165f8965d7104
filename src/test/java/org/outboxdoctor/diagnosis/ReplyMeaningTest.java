package org.outboxdoctor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outboxdoctor.probe.smtp.SmtpReply;

/** The exact replies real servers send (protocol-facts.md 1.6) are read for what they mean. */
class ReplyMeaningTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            535 | 5.7.8 Error: authentication failed: authentication failure | BAD_CREDENTIALS
            535 | 5.7.8 Error: authentication failed: UGFzc3dvcmQ6 | BAD_CREDENTIALS
            535 | Incorrect authentication data | BAD_CREDENTIALS
            535 | 5.7.8 Authentication failed. | BAD_CREDENTIALS
            535 | 5.7.3 Authentication unsuccessful [DB8PR09CA0001.eurprd09.prod.outlook.com] | BAD_CREDENTIALS
            535 | 5.7.8  https://support.google.com/mail/?p=BadCredentials x1-20020a - gsmtp | BAD_CREDENTIALS
            535 | 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. | SMTP_AUTH_DISABLED
            535 | 5.7.139 Authentication unsuccessful, basic authentication is disabled. | BASIC_AUTH_OFF
            534 | 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x1 - gsmtp | APP_PASSWORD_NEEDED
            454 | 4.7.0 Temporary authentication failure: connection refused | TEMPORARY
            435 | Unable to authenticate at present | TEMPORARY
            530 | 5.7.0 Must issue a STARTTLS command first | TLS_REQUIRED
            530 | 5.7.0 Cleartext authentication disallowed on non-secure (SSL/TLS) connections. | TLS_REQUIRED
            523 | 5.7.10 Cleartext authentication disallowed on non-secure (SSL/TLS) connections. | TLS_REQUIRED
            504 | 5.5.4 Encryption required for requested authentication mechanism | TLS_REQUIRED
            554 | 5.7.1 <x@example.com>: Relay access denied | AUTH_REQUIRED
            550 | relay not permitted | AUTH_REQUIRED
            550 | Please turn on SMTP Authentication in your mail client | AUTH_REQUIRED
            530 | 5.7.57 Client not authenticated to send mail. | AUTH_REQUIRED
            530 | 5.7.0 Authentication Required. https://support.google.com/mail/?p=WantAuthError | AUTH_REQUIRED
            421 | 4.7.0 mail.example.com Error: too many connections from 203.0.113.7 | RATE_LIMITED
            421 | Too many concurrent SMTP connections from this IP address; please try again later. | RATE_LIMITED
            450 | 4.7.1 Error: too much mail from 203.0.113.7 | RATE_LIMITED
            450 | 4.7.1 Error: too many AUTH commands from 203.0.113.7 | RATE_LIMITED
            421 | 4.3.2 All server ports are busy | RATE_LIMITED
            525 | 5.7.13 User account disabled | ACCOUNT_SUSPENDED
            554 | 5.7.1 Your account has been suspended | ACCOUNT_SUSPENDED
            550 | 5.4.5 Daily user sending quota exceeded. | SENDING_LIMIT
            550 | Domain example.com has exceeded the max emails per hour (250/200 (125%)) allowed. | SENDING_LIMIT
            554 | 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException | SENDING_LIMIT
            552 | 5.3.4 Message size exceeds fixed limit | MESSAGE_TOO_LARGE
            552 | Message size exceeds maximum permitted | MESSAGE_TOO_LARGE
            553 | 5.7.1 <a@example.com>: Sender address rejected: not owned by user b@example.com | SENDER_REJECTED
            554 | 5.2.252 SendAsDenied; a@x not allowed to send as b@x | SENDER_REJECTED
            550 | 5.1.10 RESOLVER.ADR.RecipientNotFound | RECIPIENT_ADDRESS
            554 | Transaction failed | OTHER
            """)
    void readsRealServerReplies(int code, String text, ReplyMeaning expected) {
        assertEquals(expected, ReplyMeaning.of(new SmtpReply(code, List.of(text))));
    }

    /** Issue 15's sign-in replies and variants of each: another enhanced code, other wording, the multi-line form. */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            550 | 5.7.30 Basic authentication is not supported for Client Submission. | BASIC_AUTH_OFF
            535 | 5.7.30 Basic authentication is not supported for Client Submission. | BASIC_AUTH_OFF
            550 | 5.7.30 Authentication unsuccessful [AM0PR01CA0001.eurprd01.prod.exchangelabs.com] | BASIC_AUTH_OFF
            550 | 5.7.1 Basic authentication is not supported for Client Submission. | BASIC_AUTH_OFF
            535 | 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PR3P191CA0001] | BASIC_AUTH_OFF
            535 | 5.7.3 Authentication unsuccessful, basic authentication is disabled. | BASIC_AUTH_OFF
            535 | 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. | SMTP_AUTH_DISABLED
            535 | 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. | SMTP_AUTH_DISABLED
            535 | 5.7.3 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. | SMTP_AUTH_DISABLED
            535 | 5.7.3 Authentication unsuccessful | BAD_CREDENTIALS
            535 | 5.7.3 Authentication unsuccessful [SN4PR0501CA0001.namprd05.prod.outlook.com 2026-12-31T09:00:00.000Z] | BAD_CREDENTIALS
            530 | 5.7.57 Client not authenticated to send mail. [DB6PR07CA0001] | AUTH_REQUIRED
            530 | 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM | AUTH_REQUIRED
            534 | 5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor | APP_PASSWORD_NEEDED
            535 | 5.7.9 Application-specific password required. | APP_PASSWORD_NEEDED
            534 | Please use an application-specific password | APP_PASSWORD_NEEDED
            535 | 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials | BAD_CREDENTIALS
            535 | 5.7.8 Username and Password not accepted. 5.7.8 Learn more at https://support.google.com/mail/?p=BadCredentials | BAD_CREDENTIALS
            534 | 5.7.14 <https://accounts.google.com/signin/continue?sarp=1> 5.7.14 Please log in via your web browser and then try again. | SECURITY_HOLD
            535 | 5.7.14 Please log in with your web browser and then try again. | SECURITY_HOLD
            534 | Please log in via your web browser and then try again. | SECURITY_HOLD
            535 | 5.7.0 (#AUTH005) Too many bad auth attempts. | APP_PASSWORD_NEEDED
            535 | 5.7.1 (#AUTH005) Too many bad auth attempts. | APP_PASSWORD_NEEDED
            535 | (#AUTH005) Too many bad auth attempts | APP_PASSWORD_NEEDED
            """)
    void readsSignInPolicyReplies(int code, String text, ReplyMeaning expected) {
        assertEquals(expected, ReplyMeaning.of(new SmtpReply(code, List.of(text))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure) | SECURITY_HOLD
            [WEBALERT https://accounts.google.com/signin/continue?sarp=1] Web login required. | SECURITY_HOLD
            [WEBALERT https://accounts.google.com/x] Please sign in via your web browser | SECURITY_HOLD
            [AUTHENTICATIONFAILED] Invalid credentials (Failure) | BAD_CREDENTIALS
            [ALERT] Invalid credentials (Failure) | BAD_CREDENTIALS
            [AUTHENTICATIONFAILED] AUTHENTICATE failed. | BAD_CREDENTIALS
            [AUTHENTICATIONFAILED] Basic authentication is disabled | BASIC_AUTH_OFF
            -ERR [AUTH] Application-specific password required | APP_PASSWORD_NEEDED
            """)
    void readsMailboxLoginTexts(String text, ReplyMeaning expected) {
        assertEquals(expected, ReplyMeaning.of(0, text));
    }
}
