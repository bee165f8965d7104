package org.outboxdoctor.ui;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.outboxdoctor.diagnosis.FindingCode;

/**
 * The live-check steps of the wizard, in the order of the help articles they replace, and the one place that
 * says which finding codes each step reports. {@code CheckStepTest} proves every {@link FindingCode} belongs to
 * exactly one step, so a new code cannot go unnoticed in the wizard.
 *
 * <p>Which probes feed a step (the rows it shows while running and after) is decided by
 * {@link CheckSession} and {@link OutcomePresenter}; this enum only owns the step ↔ finding mapping.
 */
public enum CheckStep {

    /** Logging in by IMAP/POP and by SMTP AUTH: "wrong password is the most common cause". */
    PASSWORD(FindingCode.WRONG_PASSWORD, FindingCode.SMTP_AUTH_REFUSED, FindingCode.AUTH_NOT_USED,
            FindingCode.AUTH_NOT_OFFERED, FindingCode.TLS_REQUIRED),
    /** The outgoing server's name: DNS, the provider's own host, the certificate name; no network at all. */
    SERVER(FindingCode.OFFLINE, FindingCode.SERVER_NOT_FOUND, FindingCode.WRONG_SERVER, FindingCode.CERT_NAME_MISMATCH),
    /** Ports 25, 465, 587, 2525 and the user's own. */
    PORT(FindingCode.PORT_BLOCKED, FindingCode.PORT_REFUSED, FindingCode.SMTP_UNREACHABLE, FindingCode.TLS_MODE_MISMATCH),
    /** Security software in the way: untrusted or intercepted certificates, something else answering. */
    FIREWALL(FindingCode.CERT_UNTRUSTED, FindingCode.TLS_INTERCEPTED, FindingCode.CONNECTION_INTERCEPTED),
    /** What the server says about the account: bans, suspensions, quotas, sizes, and that it may send at all. */
    ACCOUNT_STATUS(FindingCode.CAN_SEND, FindingCode.RATE_LIMITED, FindingCode.ACCOUNT_SUSPENDED,
            FindingCode.SENDING_LIMIT_REACHED, FindingCode.MESSAGE_TOO_LARGE, FindingCode.SERVER_ERROR),
    /** This computer's public address on DNS blocklists. */
    BLACKLIST(FindingCode.IP_BLACKLISTED, FindingCode.IP_POLICY_LISTED, FindingCode.BLACKLIST_UNCHECKED);

    private final Set<FindingCode> codes;

    CheckStep(FindingCode... codes) {
        EnumSet<FindingCode> set = EnumSet.noneOf(FindingCode.class);
        set.addAll(Arrays.asList(codes));
        this.codes = Collections.unmodifiableSet(set);
    }

    /** The finding codes this step reports. */
    public Set<FindingCode> codes() {
        return codes;
    }

    /** The step that reports {@code code}. */
    public static CheckStep of(FindingCode code) {
        for (CheckStep step : values()) {
            if (step.codes.contains(code)) {
                return step;
            }
        }
        throw new IllegalArgumentException("No wizard step reports " + code + ": add it to CheckStep");
    }
}
