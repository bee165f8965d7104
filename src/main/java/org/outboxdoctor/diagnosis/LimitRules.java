package org.outboxdoctor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.outboxdoctor.i18n.LocalFormats;
import org.outboxdoctor.evidence.CheckEvidence;
import org.outboxdoctor.probe.smtp.EhloCapabilities;
import org.outboxdoctor.probe.smtp.MessageSize;
import org.outboxdoctor.probe.smtp.SmtpPortResult;

/**
 * A file the user wants to send, against the server's SIZE and the provider's limit: attachments grow
 * by about 37% when sent (base64), so a 40 MB file does not fit a 50 MB limit.
 */
final class LimitRules {
    private static final long MB = 1_000_000L;

    private LimitRules() {
    }

    static void apply(CheckEvidence e, Optional<SmtpPortResult> best, FindingSet f) {
        if (e.attachmentBytes() < 0) {
            return;
        }
        long wire = MessageSize.onTheWire(e.attachmentBytes());
        List<String> evidence = new ArrayList<>();
        evidence.add(f.lines().text("evidence.size.file", megabytes(e.attachmentBytes(), f), megabytes(wire, f)));
        long limit = Long.MAX_VALUE;
        String limitingProvider = null; // stays null when the server's own limit is the smaller one
        OptionalLong serverSize = serverLimit(e, best);
        if (serverSize.isPresent() && serverSize.getAsLong() > 0) {
            limit = serverSize.getAsLong();
            evidence.add(f.lines().text("evidence.size.server", megabytes(limit, f), limit));
        }
        Optional<Long> provider = e.discovery().profile().limit("messageMegabytes");
        if (provider.isPresent()) {
            evidence.add(f.lines().text("evidence.size.provider", e.discovery().profile().name(), provider.get()));
            if (provider.get() * MB < limit) {
                limit = provider.get() * MB;
                limitingProvider = e.discovery().profile().name();
            }
        }
        if (wire <= limit) {
            return;
        }
        long largest = MessageSize.largestAttachment(limit);
        String file = megabytes(e.attachmentBytes(), f);
        String cut = megabytes(e.attachmentBytes() - largest, f);
        f.put(FindingCode.MESSAGE_TOO_LARGE, Severity.PROBLEM, f.text("finding.messageTooLarge.attachment.title"),
                limitingProvider == null
                        ? f.text("finding.messageTooLarge.attachment.detail", file, megabytes(wire, f), megabytes(limit, f), cut)
                        : f.text("finding.messageTooLarge.attachment.detail.providerLimit", file, megabytes(wire, f),
                        megabytes(limit, f), cut, limitingProvider),
                evidence, List.of(f.text("finding.messageTooLarge.attachment.fix.keepUnder", megabytes(largest, f)),
                        f.text("finding.messageTooLarge.attachment.fix.compress"),
                        f.text("finding.messageTooLarge.attachment.fix.shareLink")));
    }

    private static OptionalLong serverLimit(CheckEvidence e, Optional<SmtpPortResult> best) {
        Optional<SmtpPortResult> port = best.or(() -> e.allPorts().stream().filter(p -> p.currentCapabilities()
                .map(c -> c.size().isPresent()).orElse(false)).findFirst());
        return port.flatMap(SmtpPortResult::currentCapabilities).map(EhloCapabilities::size).orElse(OptionalLong.empty());
    }

    /** "1.5 MB", "1,5 MB": in the findings' language. */
    private static String megabytes(long bytes, FindingSet f) {
        return LocalFormats.decimal(bytes / (double) MB, 1, f.lines().locale()) + " MB";
    }
}
