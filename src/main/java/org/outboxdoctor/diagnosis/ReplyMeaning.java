package org.outboxdoctor.diagnosis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outboxdoctor.probe.smtp.SmtpReply;

/**
 * What a server reply means for sending, recognised from the codes and texts that Postfix, Exim,
 * cPanel, Dovecot, Microsoft 365, Gmail and Yahoo really send (protocol-facts.md section 1.6, field-notes-2026.md).
 * The reply code and enhanced status code are read first, where a provider gives one meaning to them; the text
 * second, where the first matching rule wins, so the specific meanings come before the generic ones.
 */
public enum ReplyMeaning {
    RATE_LIMITED,
    ACCOUNT_SUSPENDED,
    SENDING_LIMIT,
    MESSAGE_TOO_LARGE,
    /** Sending by login (SMTP AUTH) is switched off for the mailbox or the organisation: the administrator's switch. */
    SMTP_AUTH_DISABLED,
    /** The provider takes no password sign-in ("Basic authentication") at all: only its own sign-in page (OAuth). */
    BASIC_AUTH_OFF,
    APP_PASSWORD_NEEDED,
    /** The provider holds the sign-in until the owner confirms it on the web ("log in via your web browser"). */
    SECURITY_HOLD,
    TLS_REQUIRED,
    BAD_CREDENTIALS,
    AUTH_REQUIRED,
    SENDER_REJECTED,
    RECIPIENT_ADDRESS,
    TEMPORARY,
    OTHER;

    private record Rule(ReplyMeaning meaning, Pattern pattern) {
    }

    /** Words in which a server says it limits how often or how much this address may connect or send. */
    private static final Pattern RATE_NAMED = Pattern.compile("too many (concurrent )?(smtp )?connections"
            + "|too many (auth|new tls)|too much (mail|load)|rate ?limit|too many recipients from|connection rate"
            + "|temporarily (blocked|deferred|banned)");

    /**
     * Whether a reply read as {@link #RATE_LIMITED} says so in words ("too many connections"), rather than only
     * closing for now (a bare 421, "try again later"), where a limit is the likeliest cause but not the only one.
     */
    public static boolean namesARateLimit(SmtpReply reply) {
        return RATE_NAMED.matcher(reply.show().toLowerCase(Locale.ROOT)).find();
    }

    private static final List<Rule> RULES = List.of(
            new Rule(RATE_LIMITED, RATE_NAMED),
            rule(ACCOUNT_SUSPENDED, "\\b[45]\\.7\\.13\\b|account (is )?(disabled|suspended|locked|blocked|inactive)"
                    + "|(mailbox|user|sender) (is )?(disabled|suspended|locked)|suspended"),
            rule(SENDING_LIMIT, "\\b[45]\\.4\\.5\\b|sending (quota|limit)|daily (user )?sending|quota exceeded"
                    + "|exceeded the max emails|submissionquotaexceeded|message limit|too many messages|limit (exceeded|reached)"),
            rule(MESSAGE_TOO_LARGE, "\\b[45]\\.3\\.4\\b|message size exceeds|size exceeds|message too (big|large)"),
            rule(SMTP_AUTH_DISABLED, "smtpclientauthentication is disabled|smtp auth(entication)? (is )?disabled"
                    + "|authenticated smtp is (disabled|turned off)"),
            rule(BASIC_AUTH_OFF, "basic auth(entication)? (is )?(disabled|not supported|turned off|blocked)"
                    + "|legacy authentication (is )?(disabled|blocked)"),
            rule(APP_PASSWORD_NEEDED, "\\b5\\.7\\.9\\b|application-specific password|app(lication)? password|#auth005"),
            rule(SECURITY_HOLD, "log ?in via your web ?browser|sign ?in via your web ?browser|\\[webalert\\b"
                    + "|\\b5\\.7\\.14\\b|web login required"),
            rule(TLS_REQUIRED, "starttls command first|must issue a starttls|(cleartext|plaintext) authentication disallowed"
                    + "|encryption (is )?(needed|required)|\\b[45]\\.7\\.1[01]\\b"),
            rule(BAD_CREDENTIALS, "\\b5\\.7\\.8\\b|incorrect authentication data|username and password not accepted"
                    + "|authentication (failed|unsuccessful)|invalid credentials|bad credentials|authenticationfailed"),
            rule(AUTH_REQUIRED, "relay access denied|relay not permitted|relaying denied|not permitted to relay|unable to relay"
                    + "|authentication required|not authenticated|turn on smtp authentication|smtp auth(entication)? is required"
                    + "|\\b5\\.7\\.57\\b|must (be )?authenticate"),
            rule(SENDER_REJECTED, "sender address rejected|sendasdenied|not owned by (auth )?user|not allowed to send as"
                    + "|\\b5\\.7\\.60\\b|\\b5\\.2\\.252\\b"),
            // last: "come back later" without a reason; read as a limit, the likeliest cause, but not said
            rule(RATE_LIMITED, "try again later"));

    private static Rule rule(ReplyMeaning meaning, String regex) {
        return new Rule(meaning, Pattern.compile(regex));
    }

    public static ReplyMeaning of(SmtpReply reply) {
        return of(reply.code(), reply.show());
    }

    /** Reads a reply given as text, e.g. the message of a refused IMAP login. */
    public static ReplyMeaning of(int code, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        ReplyMeaning byCode = byEnhancedCode(code, lower);
        if (byCode != null) {
            return byCode;
        }
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

    /**
     * The meaning a reply's codes carry on their own (Microsoft, Google and Yahoo give these one meaning), or null
     * when only the text tells. Where one enhanced code has two meanings (Microsoft's 5.7.139), the text decides
     * between them.
     */
    private static ReplyMeaning byEnhancedCode(int code, String lower) {
        Matcher m = ENHANCED.matcher(lower);
        if (!m.find()) {
            return null;
        }
        String enhanced = m.group(1);
        return switch (enhanced) {
            case "5.7.30" -> BASIC_AUTH_OFF;
            case "5.7.139" -> lower.contains("basic auth") ? BASIC_AUTH_OFF : SMTP_AUTH_DISABLED;
            case "5.7.9" -> code == 534 || code == 535 ? APP_PASSWORD_NEEDED : null;
            case "5.7.14" -> code == 534 || code == 535 ? SECURITY_HOLD : null;
            case "5.7.0" -> lower.contains("#auth005") ? APP_PASSWORD_NEEDED : null;
            default -> null;
        };
    }

    /** The enhanced status code (RFC 3463) at the start of a reply's text, after the reply code if it is there. */
    private static final Pattern ENHANCED = Pattern.compile("^(?:\\d{3}[ -])?\\s*([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
}
