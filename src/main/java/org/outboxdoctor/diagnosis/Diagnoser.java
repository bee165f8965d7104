package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outboxdoctor.engine.CheckEvidence;
import org.outboxdoctor.probe.FailureKind;
import org.outboxdoctor.probe.dns.DnsOutcome;
import org.outboxdoctor.probe.login.LoginOutcome;
import org.outboxdoctor.probe.login.LoginResult;
import org.outboxdoctor.probe.smtp.AuthOutcome;
import org.outboxdoctor.probe.smtp.RelayCheck;
import org.outboxdoctor.probe.smtp.SmtpPortResult;
import org.outboxdoctor.probe.smtp.SmtpReply;
import org.outboxdoctor.probe.tls.CertificateEvidence;
import org.outboxdoctor.settings.MailSettings;
import org.outboxdoctor.settings.Ports;
import org.outboxdoctor.settings.Security;

/**
 * The one place where evidence becomes findings. Pure: no I/O, so every rule is tested with
 * synthetic evidence as well as end to end.
 */
public final class Diagnoser {
    /** Which working port to recommend first. */
    private static final List<Integer> PREFERENCE = List.of(Ports.SUBMISSION, Ports.SUBMISSIONS, Ports.ALTERNATIVE, Ports.SMTP);
    /** Failures that no other rule explains when the server was reached. */
    private static final java.util.Set<FailureKind> UNEXPLAINED = java.util.EnumSet.of(FailureKind.GARBAGE,
            FailureKind.OVERSIZED, FailureKind.CLOSED, FailureKind.REPLY_TIMEOUT, FailureKind.TLS_FAILED);

    public Diagnosis diagnose(CheckEvidence e) {
        FindingSet f = new FindingSet();
        if (!e.server().resolved()) {
            unresolved(e, f);
            if (e.ports().isEmpty()) {
                return f.conclude(e, Optional.empty(), false);
            }
        }
        Optional<SmtpPortResult> best = bestWorking(e);
        // a port that accepted the connection but spoke no SMTP is a server fault, not a blocked network; and when
        // another server of the provider answered, the network does not block mail either
        if (e.ports().stream().noneMatch(SmtpPortResult::connected) && best.isEmpty()) {
            unreachable(e, f);
        }
        serverVerdicts(e, f);
        credentials(e, f);
        Optional<SmtpPortResult> users = e.usersPort();
        users.ifPresent(u -> usersSettings(e, u, f));
        certificates(e, users, f);
        best.ifPresent(b -> canSend(e, b, f));
        ServerRules.apply(e, best, f);
        LimitRules.apply(e, best, f);
        boolean currentWork = users.map(u -> currentSettingsWork(e, u)).orElse(false);
        BlacklistRules.apply(e, f, best.isPresent());
        InterceptionRules.apply(e, f);
        unexplained(e, f, currentWork || best.isPresent());
        return f.conclude(e, recommend(e, best), currentWork);
    }

    private void unresolved(CheckEvidence e, FindingSet f) {
        String server = e.settings().server();
        List<String> evidence = new ArrayList<>(e.server().lookups().stream().map(Evidence::lookup).toList());
        if (e.mx() != null) {
            evidence.add(Evidence.lookup(e.mx()));
        }
        boolean noAnswer = e.server().lookups().stream().allMatch(l -> unanswered(l.outcome()))
                && (e.mx() == null || unanswered(e.mx().outcome()));
        if (noAnswer) {
            boolean garbled = e.server().lookups().stream().anyMatch(l -> l.outcome() == DnsOutcome.ERROR
                    && !l.detail().startsWith("nothing answers"));
            f.add(FindingCode.OFFLINE, Severity.PROBLEM, "This computer cannot reach the internet",
                    garbled ? "The DNS server answers with something that cannot be read, so no name can be looked up "
                            + "and nothing else could be checked."
                            : "Looking up names on the internet got no answer at all, so nothing else could be checked.",
                    evidence, List.of("Check that this computer is connected (try opening a web page).",
                            "If you are on a hotel or public network, sign in to it first.",
                            "Then run this check again."));
            return;
        }
        List<String> known = e.discovery().knownHosts(e.settings().address().domain(), server);
        Optional<String> meant = org.outboxdoctor.probe.discovery.Spelling.closest(server, known);
        List<String> fix = new ArrayList<>();
        meant.ifPresent(m -> fix.add("Did you mean \"" + m + "\"? Correct the outgoing server in your mail program."));
        fix.add("Check the spelling of the outgoing server \"" + server + "\" in your mail program.");
        if (meant.isEmpty() && !known.isEmpty()) {
            fix.add("For addresses at " + e.settings().address().domain() + " the outgoing server is usually \"" + known.get(0) + "\".");
        }
        f.add(FindingCode.SERVER_NOT_FOUND, Severity.PROBLEM, "The outgoing server name does not exist",
                e.server().nonexistent() ? "The name \"" + server + "\" does not exist on the internet. It may be mistyped."
                        : "The name \"" + server + "\" has no internet address right now.",
                evidence, fix);
    }

    /** No answer from the resolver at all, as opposed to an answer that says no. */
    private static boolean unanswered(DnsOutcome outcome) {
        return outcome == DnsOutcome.TIMEOUT || outcome == DnsOutcome.ERROR;
    }

    private void unreachable(CheckEvidence e, FindingSet f) {
        List<String> evidence = new ArrayList<>();
        e.ports().forEach(p -> evidence.add(p.failure() != null ? Evidence.failure(p) : "port " + p.port() + ": no answer"));
        Optional<LoginResult> mailbox = e.logins().stream().filter(l -> l.outcome() != LoginOutcome.UNREACHABLE
                && l.outcome() != LoginOutcome.SKIPPED).findFirst();
        mailbox.ifPresent(l -> evidence.add(Evidence.login(l)));
        boolean everythingUnreachable = e.ports().stream().allMatch(p -> p.failure() != null
                && p.failure().kind() == FailureKind.UNREACHABLE);
        if (everythingUnreachable && mailbox.isEmpty()) {
            f.add(FindingCode.OFFLINE, Severity.PROBLEM, "This computer cannot reach the internet",
                    "There is no network route to the mail server.", evidence,
                    List.of("Check that this computer is connected (try opening a web page).", "Then run this check again."));
            return;
        }
        f.add(FindingCode.SMTP_UNREACHABLE, Severity.PROBLEM, "No outgoing mail port can be reached from here",
                mailbox.isPresent()
                        ? "The server answers for receiving mail, but none of the ports for sending answer from this network."
                        : "None of the ports for sending mail answer from this network.",
                evidence, List.of("A firewall, antivirus program or your network is blocking outgoing mail.",
                        "Try another network (for example a phone hotspot) to confirm.",
                        "Ask your internet provider or network administrator to allow port 587 or 465."));
    }

    /** Rate limits, suspensions, quotas and size limits, wherever the server said them. */
    private void serverVerdicts(CheckEvidence e, FindingSet f) {
        Map<ReplyMeaning, List<String>> said = new EnumMap<>(ReplyMeaning.class);
        for (SmtpPortResult p : e.ports()) {
            for (Map.Entry<String, SmtpReply> step : replies(p).entrySet()) {
                SmtpReply r = step.getValue();
                if (r.positive()) {
                    continue;
                }
                said.computeIfAbsent(ReplyMeaning.of(r), k -> new ArrayList<>()).add(Evidence.reply(p, step.getKey(), r));
            }
        }
        for (LoginResult l : e.logins()) {
            if (l.outcome() == LoginOutcome.REJECTED) {
                ReplyMeaning m = ReplyMeaning.of(0, l.serverText());
                if (m == ReplyMeaning.ACCOUNT_SUSPENDED) {
                    said.computeIfAbsent(m, k -> new ArrayList<>()).add(Evidence.login(l));
                }
            }
        }
        if (said.containsKey(ReplyMeaning.RATE_LIMITED)) {
            f.add(FindingCode.RATE_LIMITED, Severity.PROBLEM, "The server is refusing connections from your network for now",
                    "The mail server says there were too many connections or attempts from your internet address. "
                            + e.discovery().profile().bans(),
                    said.get(ReplyMeaning.RATE_LIMITED),
                    List.of("Close every mail program and phone that uses this account, and wait at least one hour.",
                            "Check that no device keeps trying an old password.",
                            "If it lasts longer than a day, ask your provider to lift the block for your address."));
        }
        if (said.containsKey(ReplyMeaning.ACCOUNT_SUSPENDED)) {
            f.add(FindingCode.ACCOUNT_SUSPENDED, Severity.PROBLEM, "Your email account is disabled",
                    "The server says the account or sender is disabled, suspended or locked. Settings on this computer cannot fix that.",
                    said.get(ReplyMeaning.ACCOUNT_SUSPENDED),
                    List.of("Contact your email provider and ask why the account was disabled.",
                            "Accounts are often stopped after spam was sent from them: change the password when it is re-enabled."));
        }
        if (said.containsKey(ReplyMeaning.SENDING_LIMIT)) {
            f.add(FindingCode.SENDING_LIMIT_REACHED, Severity.PROBLEM, "You have reached your sending limit",
                    "The server says this account has sent as many messages as it may for now. "
                            + "Limits usually reset within 24 hours." + quota(e),
                    said.get(ReplyMeaning.SENDING_LIMIT),
                    List.of("Wait until tomorrow and try again.",
                            "For newsletters or many recipients, use a mailing service instead of your mailbox.",
                            "Ask your provider about your account's daily limit."));
        }
        if (said.containsKey(ReplyMeaning.MESSAGE_TOO_LARGE)) {
            f.add(FindingCode.MESSAGE_TOO_LARGE, Severity.PROBLEM, "The message is too large for the server",
                    "The server refuses messages of that size. Attachments grow by about a third when sent.",
                    said.get(ReplyMeaning.MESSAGE_TOO_LARGE),
                    List.of("Send smaller attachments, or split them over several messages.",
                            "Share large files with a link instead of attaching them."));
        }
    }

    /** The provider's documented sending limits, in a sentence, or nothing when none are known. */
    private static String quota(CheckEvidence e) {
        var profile = e.discovery().profile();
        List<String> parts = new ArrayList<>();
        profile.limit("messagesPerDayPerMailbox").ifPresent(n -> parts.add(n + " messages a day per mailbox"));
        profile.limit("newMailboxMessagesPerDay").ifPresent(n -> parts.add(n + " a day for new mailboxes in their first week"));
        profile.limit("recipientsPerMessage").ifPresent(n -> parts.add(n + " recipients per message"));
        profile.limit("webServerMessagesPerDay").ifPresent(n -> parts.add(n + " a day from websites (PHP mail)"));
        return parts.isEmpty() ? "" : " " + profile.name() + " allows " + String.join(", ", parts) + ".";
    }

    private void credentials(CheckEvidence e, FindingSet f) {
        List<SmtpPortResult> refused = e.ports().stream()
                .filter(p -> p.auth() != null && p.auth().outcome() == AuthOutcome.REJECTED).toList();
        Optional<LoginResult> mailbox = e.logins().stream().filter(l -> l.outcome().decisive()).findFirst();
        boolean mailboxRefused = mailbox.map(l -> l.outcome() == LoginOutcome.REJECTED).orElse(false);
        boolean mailboxAccepted = mailbox.map(l -> l.outcome() == LoginOutcome.ACCEPTED).orElse(false);
        if (refused.isEmpty() && !mailboxRefused) {
            temporaryAuthFailures(e, f);
            return;
        }
        List<String> evidence = new ArrayList<>();
        refused.forEach(p -> evidence.add(Evidence.reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply())));
        mailbox.ifPresent(l -> evidence.add(Evidence.login(l)));
        ReplyMeaning smtpMeaning = refused.isEmpty() ? ReplyMeaning.OTHER : ReplyMeaning.of(refused.get(0).auth().reply());
        if (smtpMeaning == ReplyMeaning.ACCOUNT_SUSPENDED || f.has(FindingCode.ACCOUNT_SUSPENDED)) {
            return;
        }
        boolean smtpSpecific = smtpMeaning == ReplyMeaning.SMTP_AUTH_DISABLED || smtpMeaning == ReplyMeaning.APP_PASSWORD_NEEDED;
        if (!refused.isEmpty() && (mailboxAccepted || (smtpSpecific && !mailboxRefused))) {
            f.add(FindingCode.SMTP_AUTH_REFUSED, Severity.PROBLEM, "Your password is right, but the server refuses it for sending",
                    (mailboxAccepted ? "Logging in to read mail works with the same password, so the password is correct. " : "")
                            + switch (smtpMeaning) {
                                case SMTP_AUTH_DISABLED -> "The provider has switched off sending by login (SMTP AUTH) for this account.";
                                case APP_PASSWORD_NEEDED -> "The account needs an app password for mail programs.";
                                default -> "The server does not allow this account to log in for sending.";
                            },
                    evidence, switch (smtpMeaning) {
                        case APP_PASSWORD_NEEDED -> List.of("Create an app password in your account's security settings.",
                                "Use the app password instead of your normal password in the mail program.");
                        default -> List.of("Ask your provider (or your organisation's administrator) to enable sending by SMTP "
                                + "login (\"SMTP AUTH\") for this mailbox.", "If your provider offers app passwords, create one and use it.");
                    });
            return;
        }
        f.add(FindingCode.WRONG_PASSWORD, Severity.PROBLEM, "The password (or user name) is not accepted",
                (mailboxRefused && !refused.isEmpty()
                        ? "Both the outgoing server and the server for reading mail refuse the password."
                        : mailboxRefused ? "The server for reading mail refuses the password."
                        : "The outgoing server refuses the password (reading mail could not be checked to confirm).")
                        + " The user name is \"" + e.settings().username() + "\".",
                evidence, List.of("Type the password again carefully (check Caps Lock).",
                        "Check that the user name is your full email address.",
                        "If you changed the password recently, update it in every mail program and phone.",
                        "If you forgot it, reset it in your provider's control panel or webmail."));
    }

    private void temporaryAuthFailures(CheckEvidence e, FindingSet f) {
        for (SmtpPortResult p : e.ports()) {
            if (p.auth() != null && p.auth().outcome() == AuthOutcome.TEMPORARY_FAILURE
                    && ReplyMeaning.of(p.auth().reply()) != ReplyMeaning.RATE_LIMITED) {
                f.add(FindingCode.SERVER_ERROR, Severity.PROBLEM, "The server could not check your password just now",
                        "This is a problem on the provider's side, not your password.",
                        List.of(Evidence.reply(p, "AUTH " + p.auth().mechanism(), p.auth().reply())),
                        List.of("Wait a few minutes and try again.", "If it continues, tell your provider what the server said."));
                return;
            }
        }
    }

    private void usersSettings(CheckEvidence e, SmtpPortResult u, FindingSet f) {
        MailSettings s = e.settings();
        Optional<SmtpPortResult> alternative = bestWorking(e).filter(b -> b.port() != u.port())
                .or(() -> e.ports().stream().filter(p -> p.port() != u.port() && p.answered()
                        && p.greeting().code() == 220).min(Comparator.comparingInt(p -> preference(p.port()))));
        if (!u.answered() && u.failure() != null && alternative.isPresent()) {
            portUnusable(u, alternative.get(), f);
            return;
        }
        if (!u.answered() && u.failure() != null && u.failure().kind() == FailureKind.TLS_GOT_PLAINTEXT) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, "The security setting does not fit the port",
                    "Port " + u.port() + " expects STARTTLS (or no encryption at first), but your program starts with SSL/TLS.",
                    List.of(Evidence.failure(u)), List.of("Set the security to STARTTLS for port " + u.port() + ", or use port 465 with SSL/TLS."));
            return;
        }
        if (!u.answered() || u.greeting().code() != 220) {
            return;
        }
        mismatch(s, u, f);
        if (s.security() == Security.NONE) {
            plainText(s, u, f);
        }
        if (!s.auth() && u.unauthenticatedRelay() != null && !u.unauthenticatedRelay().accepted()) {
            RelayCheck relay = u.unauthenticatedRelay();
            ReplyMeaning m = ReplyMeaning.of(relay.decisive());
            if (m == ReplyMeaning.AUTH_REQUIRED || m == ReplyMeaning.TLS_REQUIRED && !f.has(FindingCode.TLS_REQUIRED)) {
                f.add(FindingCode.AUTH_NOT_USED, Severity.PROBLEM, "Your mail program does not log in to send",
                        "The server only sends mail for people who log in first, and your mail program is set to send without a login.",
                        List.of(Evidence.reply(u, relay.rcptReply() == null ? "MAIL FROM" : "RCPT TO", relay.decisive())),
                        List.of("In the outgoing server settings, turn on \"My outgoing server requires authentication\" "
                                + "(or \"Authentication: normal password\").",
                                "Use the same user name and password as for receiving mail."));
            }
        }
        // only a conversation that reached the login step can tell that no login is offered
        boolean notOffered = u.auth() != null && u.auth().outcome() == AuthOutcome.NOT_OFFERED;
        if (s.auth() && notOffered && !f.has(FindingCode.TLS_REQUIRED)) {
            f.add(FindingCode.AUTH_NOT_OFFERED, Severity.PROBLEM, "This port does not accept logins",
                    "Port " + u.port() + " on " + s.server() + " does not offer a login for sending"
                            + (u.achievedSecurity() == Security.NONE ? ", at least not without encryption." : "."),
                    List.of("port " + u.port() + ": EHLO lists no AUTH"),
                    List.of("Use port 587 with STARTTLS, or 465 with SSL/TLS, as shown below."));
        }
    }

    private void portUnusable(SmtpPortResult u, SmtpPortResult alternative, FindingSet f) {
        String instead = "Use port " + alternative.port() + " with " + describe(Security.standardFor(alternative.port())) + " instead.";
        if (u.failure().kind() == FailureKind.REFUSED) {
            f.add(FindingCode.PORT_REFUSED, Severity.PROBLEM, "Port " + u.port() + " is closed on this server",
                    "The server refuses connections on port " + u.port() + ", but port " + alternative.port() + " works.",
                    List.of(Evidence.failure(u)), List.of("Change the outgoing port in your mail program to " + alternative.port() + ".", instead));
            return;
        }
        String how = switch (u.failure().kind()) {
            case UNREACHABLE -> "A firewall turns away connections to port " + u.port() + " from here";
            case FILTERED -> "Connections to port " + u.port() + " get no answer from here";
            default -> "On port " + u.port() + " something accepts the connection, but no mail server answers";
        };
        String who = u.port() == 25 ? " Internet providers often block port 25 to stop spam; a firewall or antivirus "
                + "program can block it too." : " A firewall or antivirus program on this computer or network is the usual cause.";
        f.add(FindingCode.PORT_BLOCKED, Severity.PROBLEM, "Port " + u.port() + " is blocked on your network",
                how + ", while port " + alternative.port() + " on the same server works." + who,
                List.of(Evidence.failure(u), "port " + alternative.port() + ": answered (" + alternative.greeting().show() + ")"),
                List.of("Change the outgoing port in your mail program to " + alternative.port() + ".", instead));
    }

    private void mismatch(MailSettings s, SmtpPortResult u, FindingSet f) {
        boolean plainPort = u.plannedSecurity() != Security.TLS;
        if (s.security() == Security.TLS && plainPort) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, "The security setting does not fit the port",
                    "Port " + u.port() + " starts without encryption and then switches with STARTTLS, "
                            + "but your mail program expects SSL/TLS from the start, so they never understand each other.",
                    List.of(Evidence.reply(u, "connect", u.greeting()) + " (greeting in plain text)"),
                    List.of("Set the security to STARTTLS for port " + u.port() + ".", "Or use port 465 with SSL/TLS."));
        } else if (s.security() != Security.TLS && !plainPort) {
            f.add(FindingCode.TLS_MODE_MISMATCH, Severity.PROBLEM, "The security setting does not fit the port",
                    "Port " + u.port() + " expects SSL/TLS from the first moment, but your mail program is set to "
                            + (s.security() == Security.NONE ? "no encryption" : "STARTTLS") + ", so it waits for a greeting that never comes.",
                    List.of("port " + u.port() + ": answered only after a TLS handshake"),
                    List.of("Set the security to SSL/TLS for port " + u.port() + ".", "Or use port 587 with STARTTLS."));
        }
    }

    private void plainText(MailSettings s, SmtpPortResult u, FindingSet f) {
        RelayCheck relay = u.unauthenticatedRelay();
        boolean refusedForTls = relay != null && ReplyMeaning.of(relay.decisive()) == ReplyMeaning.TLS_REQUIRED;
        boolean authAfterTlsOnly = u.capabilities() != null && !u.capabilities().offersAuth()
                && u.capabilitiesAfterTls() != null && u.capabilitiesAfterTls().offersAuth();
        if (refusedForTls || (s.auth() && authAfterTlsOnly)) {
            List<String> evidence = new ArrayList<>();
            if (refusedForTls) {
                evidence.add(Evidence.reply(u, "MAIL FROM", relay.decisive()));
            }
            if (authAfterTlsOnly) {
                evidence.add("port " + u.port() + ": AUTH is offered only after STARTTLS");
            }
            f.add(FindingCode.TLS_REQUIRED, Severity.PROBLEM, "The server requires an encrypted connection",
                    "Your mail program connects without encryption, and this server only lets you log in and send after switching on encryption.",
                    evidence, List.of("Set the outgoing security to STARTTLS (port " + u.port() + ") or SSL/TLS (port 465)."));
        } else if (s.auth() && u.capabilities() != null && u.capabilities().offersAuth()) {
            f.add(FindingCode.TLS_REQUIRED, Severity.WARNING, "Your password is sent without encryption",
                    "This server accepts a login without encryption, so anyone on your network could read your password.",
                    List.of("port " + u.port() + ": AUTH offered before encryption"),
                    List.of("Set the outgoing security to STARTTLS (port " + u.port() + ") or SSL/TLS (port 465)."));
        }
    }

    private void certificates(CheckEvidence e, Optional<SmtpPortResult> users, FindingSet f) {
        Optional<SmtpPortResult> withBadCertificate = users.filter(u -> u.certificate() != null && !u.certificate().acceptable())
                .or(() -> e.ports().stream().filter(p -> p.certificate() != null && !p.certificate().acceptable()).findFirst());
        if (withBadCertificate.isEmpty()) {
            return;
        }
        SmtpPortResult p = withBadCertificate.get();
        CertificateEvidence c = p.certificate();
        if (c.trusted()) {
            String named = c.names().stream().filter(n -> !n.startsWith("*.")).findFirst()
                    .orElse(c.names().isEmpty() ? "" : c.names().get(0).replace("*", "smtp"));
            f.add(FindingCode.CERT_NAME_MISMATCH, Severity.PROBLEM, "The server's certificate is for another name",
                    "The server at \"" + e.settings().server() + "\" proves its identity with a certificate for "
                            + String.join(", ", c.names()) + ". Mail programs warn about this or refuse to send. "
                            + "On shared hosting this usually means you should use the provider's own server name.",
                    List.of(Evidence.certificate(p, c)),
                    named.isEmpty() ? List.of("Ask your provider which outgoing server name to use.")
                            : List.of("Change the outgoing server in your mail program to \"" + named + "\".",
                            "Keep the same user name and password."));
        } else {
            f.add(FindingCode.CERT_UNTRUSTED, Severity.PROBLEM, "The server's certificate is not trusted",
                    "The certificate the server presents could not be verified (" + c.trustProblem() + "). "
                            + "Your mail program will warn about it or refuse to send, and your password was not sent.",
                    List.of(Evidence.certificate(p, c)),
                    List.of("Do not accept the warning in your mail program unless your provider confirms this certificate.",
                            "Ask your provider about their certificate, or use the server name they publish."));
        }
    }

    /** A failure no rule explained: quote it, so the ticket has what the server said. */
    private void unexplained(CheckEvidence e, FindingSet f, boolean sendingWorks) {
        if (f.hasProblem() || sendingWorks) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        for (SmtpPortResult p : e.ports()) {
            if (p.failure() != null && (p.answered() || UNEXPLAINED.contains(p.failure().kind()))) {
                evidence.add(Evidence.failure(p));
            }
            replies(p).forEach((step, reply) -> {
                boolean expectedRefusal = step.equals("MAIL FROM") || step.equals("RCPT TO");
                if (!reply.positive() && !expectedRefusal) {
                    evidence.add(Evidence.reply(p, step, reply));
                }
            });
        }
        if (!evidence.isEmpty()) {
            f.add(FindingCode.SERVER_ERROR, Severity.PROBLEM, "The server answered with an error",
                    "The mail server did not behave as expected. What it said is quoted below for your provider.",
                    evidence, List.of("Copy this report and send it to your email provider's support."));
        }
    }

    private static Map<String, SmtpReply> replies(SmtpPortResult p) {
        Map<String, SmtpReply> replies = new LinkedHashMap<>();
        if (p.greeting() != null) {
            replies.put("connect", p.greeting());
        }
        if (p.startTlsReply() != null) {
            replies.put("STARTTLS", p.startTlsReply());
        }
        addRelay(replies, p.unauthenticatedRelay(), "");
        if (p.auth() != null && p.auth().reply() != null) {
            replies.put("AUTH " + p.auth().mechanism(), p.auth().reply());
        }
        addRelay(replies, p.authenticatedRelay(), " (logged in)");
        return replies;
    }

    private static void addRelay(Map<String, SmtpReply> replies, RelayCheck relay, String suffix) {
        if (relay != null) {
            replies.put("MAIL FROM" + suffix, relay.mailReply());
            if (relay.rcptReply() != null) {
                replies.put("RCPT TO" + suffix, relay.rcptReply());
            }
        }
    }

    private static boolean currentSettingsWork(CheckEvidence e, SmtpPortResult u) {
        MailSettings s = e.settings();
        boolean securityFits = s.security() == u.achievedSecurity()
                || (s.security() == Security.TLS && u.plannedSecurity() == Security.TLS && u.achievedSecurity() == Security.TLS);
        if (!securityFits || (u.certificate() != null && !u.certificate().acceptable())) {
            return false;
        }
        if (!s.auth()) {
            return u.unauthenticatedRelay() != null && u.unauthenticatedRelay().accepted();
        }
        if (u.canSend()) {
            return true;
        }
        boolean provenElsewhere = e.ports().stream().anyMatch(SmtpPortResult::canSend);
        boolean offered = u.currentCapabilities().map(c -> c.offersAuth()).orElse(false);
        return provenElsewhere && offered && u.auth() != null && u.auth().outcome() == AuthOutcome.SKIPPED_ALREADY_CHECKED;
    }

    private static void canSend(CheckEvidence e, SmtpPortResult b, FindingSet f) {
        List<String> evidence = new ArrayList<>();
        evidence.add(b.host() + " port " + b.port() + ": login accepted, the server takes mail for other domains");
        String detail = "A login and a send attempt (stopped before any message was sent) worked on " + b.host()
                + " port " + b.port() + " with " + describe(b.achievedSecurity()) + ".";
        if (b.testMessage() != null) {
            evidence.add("test message " + (b.testMessage().accepted() ? "accepted: " : "refused: ") + b.testMessage().reply().show());
            if (e.delivery() != null) {
                evidence.add("test message " + e.delivery().note());
                detail = e.delivery().arrived()
                        ? "A test message was sent to your own address and arrived in your inbox: you can send now."
                        : "A test message was sent to your own address and the server took it, but it " + e.delivery().note() + ".";
            }
        }
        f.add(FindingCode.CAN_SEND, Severity.OK, "Sending works with the right settings", detail, evidence,
                List.of("Use the settings shown below in your mail program."));
    }

    private static Optional<SmtpPortResult> bestWorking(CheckEvidence e) {
        return e.allPorts().stream().filter(SmtpPortResult::canSend)
                .min(Comparator.comparing((SmtpPortResult p) -> !p.usersPort()).thenComparingInt(p -> preference(p.port())));
    }

    private static int preference(int port) {
        int i = PREFERENCE.indexOf(port);
        return i < 0 ? PREFERENCE.size() : i;
    }

    private static Optional<RecommendedSettings> recommend(CheckEvidence e, Optional<SmtpPortResult> best) {
        MailSettings s = e.settings();
        if (best.isPresent()) {
            SmtpPortResult b = best.get();
            return Optional.of(new RecommendedSettings(b.host(), b.port(), b.achievedSecurity(), s.username(), true, true));
        }
        return e.allPorts().stream()
                .filter(p -> p.answered() && p.greeting().code() == 220 && p.achievedSecurity() != Security.NONE
                        && p.certificate() != null && p.certificate().acceptable()
                        && p.currentCapabilities().map(c -> c.offersAuth()).orElse(false))
                .min(Comparator.comparingInt(p -> preference(p.port())))
                .map(p -> new RecommendedSettings(p.host(), p.port(), p.achievedSecurity(), s.username(), true, false));
    }

    static String describe(Security security) {
        return switch (security) {
            case NONE -> "no encryption";
            case STARTTLS -> "STARTTLS";
            case TLS -> "SSL/TLS";
        };
    }
}
