package org.outboxdoctor.diagnosis;

import java.net.InetAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.i18n.Bundles;
import org.outboxdoctor.i18n.LocalFormats;
import org.outboxdoctor.probe.ProbeFailure.Oddity;
import org.outboxdoctor.probe.dns.DnsLookup;
import org.outboxdoctor.probe.dns.HostResolution;
import org.outboxdoctor.probe.dnsbl.DnsblResult;
import org.outboxdoctor.probe.dnsbl.ListingStatus;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.login.MailboxLoginProbe.Delivery;
import org.outboxdoctor.probe.login.MailboxSource;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.probe.tls.CertificateEvidence;

/**
 * The one wording of evidence, in the reader's language ({@code diagnosis/evidence.properties}): the short
 * technical lines under a finding, behind a judgement's "Details", and the probe rows of the wizard and the reports.
 * What a server said is quoted exactly; only the words around it are translated. Probe summaries are in
 * {@link ProbeSummaries}.
 */
public final class EvidenceLines {
    static final String BUNDLE_NAME = "org.outboxdoctor.diagnosis.evidence";

    private final Locale locale;
    private final ResourceBundle bundle;

    public EvidenceLines(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        bundle = Bundles.load(BUNDLE_NAME, locale);
    }

    Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key} with {@code {0}}... filled in. Call it as {@code this.text("literal.key", ...)}:
     * FindingKeysTest finds keys and counts arguments by reading {@code .text(} calls.
     */
    String text(String key, Object... arguments) {
        return Bundles.format(bundle.getString(key), locale, arguments);
    }

    boolean bundleHas(String key) {
        return bundle.containsKey(key);
    }

    String reply(SmtpPortResult port, String command, SmtpReply reply) {
        return this.text("evidence.reply", port.port(), command, reply.show());
    }

    /** "MAIL FROM (logged in)": a command sent after the login. */
    String loggedIn(String command) {
        return this.text("evidence.loggedIn", command);
    }

    String greetingInPlainText(String line) {
        return this.text("evidence.greetingPlain", line);
    }

    String failure(SmtpPortResult port) {
        return this.text("evidence.portFailure", port.port(), failure(port.failure()));
    }

    String noAnswer(SmtpPortResult port) {
        return this.text("evidence.portNoAnswer", port.port());
    }

    String answered(SmtpPortResult port) {
        return this.text("evidence.portAnswered", port.port(), port.greeting().show());
    }

    /** What was odd about the server's answer, in the reader's words; the server's bytes as they came. */
    private String oddity(org.outboxdoctor.probe.ProbeFailure f) {
        Oddity odd = f.oddity();
        if (odd == null) {
            return f.detail();
        }
        List<String> v = odd.values();
        return switch (odd.kind()) {
            case CODES_CHANGE -> this.text("evidence.oddity.codesChange", v.get(0), v.get(1));
            case TOO_MANY_LINES -> this.text("evidence.oddity.tooManyLines", v.get(0));
            case CLOSED_MID_LINE -> this.text("evidence.oddity.closedMidLine", v.get(0));
            case LINE_TOO_LONG -> this.text("evidence.oddity.lineTooLong", v.get(0));
            case LITERAL_TOO_BIG -> this.text("evidence.oddity.literalTooBig", v.get(0), v.get(1));
            case EHLO_AND_HELO_REFUSED -> this.text("evidence.oddity.ehloAndHeloRefused", v.get(0));
            case UNREADABLE -> f.detail();
        };
    }

    /** Why a conversation stopped; the error's own words (already redacted) are quoted as they came. */
    public String failure(org.outboxdoctor.probe.ProbeFailure f) {
        String where = f.host() + ":" + f.port();
        String time = f.timeoutMillis() % 1000 == 0 ? (f.timeoutMillis() / 1000) + " s"
                : LocalFormats.seconds(f.timeoutMillis(), locale);
        return switch (f.kind()) {
            case REFUSED -> this.text("evidence.failure.refused", where);
            case FILTERED -> this.text("evidence.failure.filtered", where, time);
            case UNREACHABLE -> this.text("evidence.failure.unreachable", where, f.detail());
            case REPLY_TIMEOUT -> this.text("evidence.failure.replyTimeout", where, step(f.step()), time);
            case CLOSED -> this.text("evidence.failure.closed", where, step(f.step()));
            case GARBAGE -> f.oddity() != null && f.oddity().kind() == Oddity.Kind.UNREADABLE
                    ? this.text("evidence.failure.unreadable", where, step(f.step()))
                    : this.text("evidence.failure.garbage", where, step(f.step()), oddity(f));
            case OVERSIZED -> this.text("evidence.failure.oversized", where, step(f.step()), oddity(f));
            case TLS_FAILED -> this.text("evidence.failure.tlsFailed", where, step(f.step()), f.detail());
            case TLS_GOT_PLAINTEXT -> this.text("evidence.failure.tlsPlaintext", where, f.detail());
            case BUDGET_SPENT -> this.text("evidence.failure.budget", where);
            case CANCELLED -> this.text("evidence.failure.cancelled", where, step(f.step()));
            case IO -> this.text("evidence.failure.io", where, step(f.step()), f.detail());
        };
    }

    /**
     * A step of a conversation in words: the plain-word steps the probes name ("connect", "login", "TLS handshake"...)
     * in the reader's language; protocol commands ("EHLO", "MAIL FROM") stay as they are.
     */
    private String step(String step) {
        return step == null ? "" : switch (step) {
            case "connect" -> this.text("evidence.step.connect");
            case "login" -> this.text("evidence.step.login");
            case "greeting" -> this.text("evidence.step.greeting");
            case "TLS handshake" -> this.text("evidence.step.tlsHandshake");
            case "reading the reply" -> this.text("evidence.step.readingReply");
            default -> step;
        };
    }

    String login(LoginResult login) {
        return login(login, false);
    }

    /** @param token the login used an OAuth token, not a password */
    String login(LoginResult login, boolean token) {
        String verdict = switch (login.outcome()) {
            case ACCEPTED -> token ? this.text("evidence.login.tokenAccepted") : this.text("evidence.login.passwordAccepted");
            case REJECTED -> token ? this.text("evidence.login.tokenRefused", login.serverText())
                    : this.text("evidence.login.passwordRefused", login.serverText());
            case OAUTH_NOT_OFFERED -> this.text("evidence.mailbox.oauthNotOffered");
            default -> login.failure() != null ? failure(login.failure()) : login.outcome().name();
        };
        return this.text("evidence.login", login.protocol(), login.port(), verdict, where(login));
    }

    /** Which mailbox server, and how the check found it: "imap.example.com, found by DNS SRV". */
    public String where(LoginResult login) {
        return this.text("evidence.where", login.host(), source(login.source()));
    }

    /** How the check found a mailbox server, in words: "found by DNS SRV". */
    public String source(MailboxSource source) {
        return switch (source) {
            case PROFILE -> this.text("evidence.source.profile");
            case SRV -> this.text("evidence.source.srv");
            case AUTOCONFIG -> this.text("evidence.source.autoconfig");
            case USER -> this.text("evidence.source.user");
            case GUESS -> this.text("evidence.source.guess");
        };
    }

    String lookup(DnsLookup lookup) {
        return this.text("evidence.lookup", dns(lookup), lookup.resolver());
    }

    String lookupTimed(DnsLookup lookup) {
        return this.text("evidence.lookupTimed", dns(lookup), lookup.resolver(), lookup.millis());
    }

    /** One DNS question and its answer: "MX example.com → 10 mx.example.com". */
    public String dns(DnsLookup l) {
        return switch (l.outcome()) {
            case ANSWER -> this.text("evidence.dns.answer", l.type(), l.name(), String.join(", ", l.records()));
            case NXDOMAIN -> this.text("evidence.dns.nxdomain", l.type(), l.name());
            case NODATA -> this.text("evidence.dns.nodata", l.type(), l.name());
            case SERVFAIL -> this.text("evidence.dns.servfail", l.type(), l.name());
            case REFUSED -> this.text("evidence.dns.refused", l.type(), l.name(), l.rcode());
            case CNAME_LOOP -> this.text("evidence.dns.cnameLoop", l.type(), l.name(), String.join(", ", l.records()));
            case TIMEOUT -> this.text("evidence.dns.timeout", l.type(), l.name(), l.resolver(), l.millis());
            case ERROR -> this.text("evidence.dns.error", l.type(), l.name(), l.detail());
        };
    }

    String certificate(SmtpPortResult port, CertificateEvidence c) {
        String names = String.join(", ", c.names());
        return c.trusted() ? this.text("evidence.certificate", port.port(), names, c.issuer())
                : this.text("evidence.certificateUntrusted", port.port(), names, c.issuer(), c.trustProblem());
    }

    /** Everything known about one certificate, one fact a line. */
    List<String> certificateFacts(CertificateEvidence c) {
        return List.of(this.text("evidence.cert.subject", c.subject()),
                c.rootIssuer() == null ? this.text("evidence.cert.issuer", c.issuer())
                        : this.text("evidence.cert.issuerChain", c.issuer(), c.rootIssuer()),
                this.text("evidence.cert.names", String.join(", ", c.names())),
                this.text("evidence.cert.validity", instant(c.notBefore()), instant(c.notAfter())),
                c.trusted() ? this.text("evidence.cert.trusted") : this.text("evidence.cert.untrusted", c.trustProblem()),
                "SHA-256: " + c.sha256());
    }

    /** English keeps the ISO instant ("2026-03-02T13:05:09Z") the reports always showed; others read local. */
    private String instant(Instant at) {
        return locale.getLanguage().equals("en") || locale.getLanguage().isEmpty() ? at.toString()
                : LocalFormats.dateTime(at.atZone(ZoneId.of("UTC")), locale);
    }

    String listing(DnsblResult r) {
        String meaning = listingMeaning(r);
        return r.reason().isEmpty() ? this.text("evidence.listing", r.zone().zone(), r.ip(), meaning)
                : this.text("evidence.listingReason", r.zone().zone(), r.ip(), meaning, r.reason());
    }

    /** What a blocklist's answer means: "SBL: a known spam source or spam operation", "not listed", "could not check: …". */
    public String listingMeaning(DnsblResult r) {
        return new ListingMeanings(this).meaning(r);
    }

    /** A blocklist's row: "Spamhaus ZEN: not listed". */
    public String listingSummary(DnsblResult r) {
        return this.text("summary.listing", r.zone().name(), listingMeaning(r));
    }

    /** A blocklist's answer with how long it took, why it is asked and where to look the address up. */
    List<String> listingFacts(DnsblResult b) {
        List<String> lines = new ArrayList<>();
        lines.add(this.text("evidence.listingTimed", b.zone().zone(), b.ip(), listingMeaning(b), b.millis()));
        if (!b.reason().isEmpty()) {
            lines.add(this.text("evidence.list.says", b.reason()));
        }
        String why = b.zone().why(locale);
        if (!why.isEmpty()) {
            lines.add(this.text("evidence.list.why", why));
        }
        if (!b.zone().lookup().isEmpty()) {
            lines.add(this.text("evidence.list.lookUp", b.zone().lookupFor(b.ip())));
        }
        return lines;
    }

    /** What became of the test message: "arrived in the inbox", "did not arrive in the inbox within 10 s". */
    public String delivery(Delivery d) {
        return switch (d.seen()) {
            case ARRIVED -> this.text("delivery.arrived");
            case NOT_ARRIVED -> this.text("delivery.notArrived", d.millis() / 1000);
            case OUT_OF_TIME -> this.text("delivery.outOfTime");
            case UNREADABLE -> this.text("delivery.unreadable", d.detail());
            case GARBLED -> this.text("delivery.garbled");
            case STOPPED -> this.text("delivery.stopped");
            case NO_IMAP -> this.text("delivery.noImap");
        };
    }

    /** "test message did not arrive in the inbox within 10 s", the evidence line. */
    String testMessage(Delivery d) {
        return this.text("evidence.testMessage", delivery(d));
    }

    /** What DNS said about a host name: its addresses, or why there are none. */
    public String summary(HostResolution r) {
        if (r.lookups().isEmpty()) {
            return this.text("summary.isAddress", r.name());
        }
        return r.resolved() ? r.name() + " → " + r.addresses().stream().map(InetAddress::getHostAddress)
                .collect(Collectors.joining(", "))
                : String.join("; ", r.lookups().stream().map(this::dns).toList());
    }

    /** What a finished probe found, in few words, as its progress event tells it; empty for a probe that only started. */
    public String summary(ProgressEvent event) {
        ProbeSummaries summaries = new ProbeSummaries(this);
        if (event instanceof ProgressEvent.ServerNameFound found) {
            return summary(found.server());
        } else if (event instanceof ProgressEvent.PortChecked checked) {
            return summaries.port(checked.result());
        } else if (event instanceof ProgressEvent.MailboxChecked checked) {
            return summaries.mailbox(checked.result());
        } else if (event instanceof ProgressEvent.PublicAddressFound found) {
            return String.join(", ", found.result().addresses());
        } else if (event instanceof ProgressEvent.BlocklistsAsked asked) {
            return this.text("summary.listings", asked.results().stream().filter(r -> r.status() == ListingStatus.LISTED).count());
        }
        return "";
    }

    /** The state of an SMTP port in one word, for scripts: can-send, answered, refused-service, or how it failed. */
    public static String status(SmtpPortResult r) {
        if (r.canSend()) {
            return "can-send";
        }
        if (r.failure() != null && !r.answered()) {
            return r.failure().kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return r.ready() ? "answered" : "refused-service";
    }
}
