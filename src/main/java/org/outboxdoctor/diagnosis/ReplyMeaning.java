package org.outboxdoctor.diagnosis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.outboxdoctor.probe.smtp.SmtpReply;

/**
 * What a server reply means for sending, recognised from the codes and texts that Postfix, Exim,
 * cPanel, Dovecot, Microsoft 365 and Gmail really send (protocol-facts.md section 1.6). The first
 * matching rule wins, so the specific meanings come before the generic ones.
 */
public enum ReplyMeaning {
    RATE_LIMITED,
    ACCOUNT_SUSPENDED,
    SENDING_LIMIT,
    MESSAGE_TOO_LARGE,
    SMTP_AUTH_DISABLED,
    APP_PASSWORD_NEEDED,
    TLS_REQUIRED,
    BAD_CREDENTIALS,
    AUTH_REQUIRED,
    SENDER_REJECTED,
    RECIPIENT_ADDRESS,
    TEMPORARY,
    OTHER;

    private record Rule(ReplyMeaning meaning, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(RATE_LIMITED, "too many (concurrent )?(smtp )?connections|too many (auth|new tls)|too much (mail|load)"
                    + "|rate ?limit|too many recipients from|connection rate|try again later|temporarily (blocked|deferred|banned)"),
            rule(ACCOUNT_SUSPENDED, "\\b[45]\\.7\\.13\\b|account (is )?(disabled|suspended|locked|blocked|inactive)"
                    + "|(mailbox|user|sender) (is )?(disabled|suspended|locked)|suspended"),
            rule(SENDING_LIMIT, "\\b[45]\\.4\\.5\\b|sending (quota|limit)|daily (user )?sending|quota exceeded"
                    + "|exceeded the max emails|submissionquotaexceeded|message limit|too many messages|limit (exceeded|reached)"),
            rule(MESSAGE_TOO_LARGE, "\\b[45]\\.3\\.4\\b|message size exceeds|size exceeds|message too (big|large)"),
            rule(SMTP_AUTH_DISABLED, "5\\.7\\.139|smtpclientauthentication is disabled|basic authentication is disabled"),
            rule(APP_PASSWORD_NEEDED, "\\b5\\.7\\.9\\b|application-specific password|app password"),
            rule(TLS_REQUIRED, "starttls command first|must issue a starttls|(cleartext|plaintext) authentication disallowed"
                    + "|encryption (is )?(needed|required)|\\b[45]\\.7\\.1[01]\\b"),
            rule(BAD_CREDENTIALS, "\\b5\\.7\\.8\\b|incorrect authentication data|username and password not accepted"
                    + "|authentication (failed|unsuccessful)|invalid credentials|bad credentials|authenticationfailed"),
            rule(AUTH_REQUIRED, "relay access denied|relay not permitted|relaying denied|not permitted to relay|unable to relay"
                    + "|authentication required|not authenticated|turn on smtp authentication|smtp auth(entication)? is required"
                    + "|\\b5\\.7\\.57\\b|must (be )?authenticate"),
            rule(SENDER_REJECTED, "sender address rejected|sendasdenied|not owned by (auth )?user|not allowed to send as"
                    + "|\\b5\\.7\\.60\\b|\\b5\\.2\\.252\\b"));

    private static Rule rule(ReplyMeaning meaning, String regex) {
        return new Rule(meaning, Pattern.compile(regex));
    }

    public static ReplyMeaning of(SmtpReply reply) {
        return of(reply.code(), reply.show());
    }

    /** Reads a reply given as text, e.g. the message of a refused IMAP login. */
    public static ReplyMeaning of(int code, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(lower).find()) {
                return rule.meaning();
            }
        }
        if (code == 421) {
            return RATE_LIMITED;
        }
        if (code == 535) {
            return BAD_CREDENTIALS;
        }
        if (code == 530) {
            return AUTH_REQUIRED;
        }
        if (code == 552) {
            return MESSAGE_TOO_LARGE;
        }
        if (lower.matches("^\\d{3} 5\\.1\\.\\d+.*")) {
            return RECIPIENT_ADDRESS;
        }
        if (code >= 400 && code < 500) {
            return TEMPORARY;
        }
        return OTHER;
    }
}
