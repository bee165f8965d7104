package org.outboxdoctor.explain;

import org.outboxdoctor.diagnosis.Certainty;
import java.util.Locale;
import java.util.Optional;
import org.outboxdoctor.diagnosis.ReplyMeaning;
import org.outboxdoctor.probe.smtp.SmtpReply;

/**
 * Explains an error message a customer pasted, offline: which program said it, what it means, the finding it points
 * to and the settings it gives away. The first catalogue entry whose conditions and text match decides; a server
 * reply quoted in the message is read with the engine's {@link ReplyMeaning} and decides instead when the program
 * only passes it on. Never throws for any text up to {@link #MAX_CHARS}, and always answers within a fixed budget.
 */
public final class Explainer {
    public static final int MAX_CHARS = PastedText.MAX_CHARS;

    private final MessageCatalogue catalogue;
    private final ExplainTexts texts;

    private Explainer(MessageCatalogue catalogue, ExplainTexts texts) {
        this.catalogue = catalogue;
        this.texts = texts;
    }

    /** @throws IllegalStateException when the catalogue shipped with the application is broken */
    public static Explainer load() {
        return load(Locale.ROOT);
    }

    /** The explainer whose meanings are written in {@code language} (English where a translation lacks one). */
    public static Explainer load(Locale language) {
        ExplainTexts texts = ExplainTexts.of(language);
        return new Explainer(MessageCatalogue.load(texts), texts);
    }

    static Explainer of(MessageCatalogue catalogue, ExplainTexts texts) {
        return new Explainer(catalogue, texts);
    }

    /** @throws IllegalArgumentException when the text is longer than {@link #MAX_CHARS} characters */
    public Explanation explain(String message) {
        PastedText text = PastedText.of(message);
        OutlookDetail detail = OutlookDetail.read(text, catalogue.detailLine, catalogue.sslWords);
        for (CatalogueEntry entry : catalogue.entries) {
            Optional<PastedText.Hit> hit = entry.match(text, detail);
            if (hit.isPresent()) {
                return fromEntry(entry, hit.get(), text, detail);
            }
        }
        Optional<SmtpReply> reply = EmbeddedReply.find(text, 0);
        if (reply.isPresent()) {
            Reading reading = read(reply.get());
            return new Explanation(Program.UNKNOWN, reading.id(), texts.text(reading.text()), reading.finding(),
                    Optional.of(reading.certainty()), settings(detail, Optional.empty()), Optional.empty(),
                    detail.socketError(), reply);
        }
        return new Explanation(Program.UNKNOWN, Explanation.UNKNOWN_ENTRY, texts.text("unknown"), Optional.empty(),
                Optional.empty(), settings(detail, Optional.empty()), Optional.empty(), detail.socketError(), Optional.empty());
    }

    private Explanation fromEntry(CatalogueEntry entry, PastedText.Hit hit, PastedText text, OutlookDetail detail) {
        // the reply the program quotes, read from the whole text so its continuation lines come along
        Optional<SmtpReply> reply = EmbeddedReply.find(text, hit.start()).or(() -> EmbeddedReply.find(text, 0));
        String id = entry.id();
        String sentence = entry.text();
        Optional<String> finding = entry.finding();
        Certainty certainty = entry.certainty();
        if (entry.replyDecides() && reply.isPresent()) {
            Reading reading = read(reply.get());
            if (!reading.weak()) {
                id = reading.id();
                sentence = reading.text();
                finding = reading.finding();
                certainty = reading.certainty();
            }
        }
        Optional<String> code = hit.group("code").map(c -> "0x" + c.replaceFirst("^0[xX]", "").toUpperCase(Locale.ROOT));
        return new Explanation(entry.program(), id, texts.text(sentence), finding, Optional.of(certainty),
                settings(detail, Optional.of(hit)), code, detail.socketError(), reply);
    }

    private record Reading(String id, Optional<String> finding, Certainty certainty, String text, boolean weak) {
    }

    /** A catalogue reply entry when one knows this reply; otherwise what the engine's reply reading makes of it. */
    private Reading read(SmtpReply reply) {
        PastedText shown = PastedText.of(reply.show());
        for (CatalogueEntry entry : catalogue.replies) {
            if (entry.match(shown, OutlookDetail.NONE).isPresent()) {
                return new Reading(entry.id(), entry.finding(), entry.certainty(), entry.text(), false);
            }
        }
        ReplyMeaning meaning = ReplyMeaning.of(reply);
        MessageCatalogue.ReplyReading r = catalogue.replyMeanings.get(meaning);
        return new Reading("reply." + meaning.name(), r.finding(), r.certainty(), r.text(), r.weak());
    }

    private static RevealedSettings settings(OutlookDetail detail, Optional<PastedText.Hit> hit) {
        Optional<String> server = hit.flatMap(h -> h.group("server")).map(OutlookDetail::hostName).or(detail::server);
        Optional<Integer> port = hit.flatMap(h -> h.group("port")).flatMap(OutlookDetail::number)
                .filter(p -> p > 0 && p < 65536).or(detail::port);
        return new RevealedSettings(server, port, detail.ssl(), detail.protocol());
    }
}
