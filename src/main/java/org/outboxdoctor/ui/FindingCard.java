package org.outboxdoctor.ui;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.ui.CheckOutcome.FindingView;

/**
 * One finding on the Results page: symbol and title, the cause in plain words, the numbered steps to fix it,
 * and a collapsed "Details" expander with the evidence (the server's own words). Node id: {@code finding-<CODE>}.
 */
final class FindingCard {

    private FindingCard() {
    }

    /** @param program the user's mail program: the fix shows its lines only; null ("I don't know") shows every line */
    static VBox create(FindingView finding, int number, Messages messages, MailProgram program) {
        VBox card = new VBox();
        card.getStyleClass().add("finding");
        card.setId("finding-" + finding.code().name());
        StatusLook.apply(card, finding.look());

        Label title = WrappingLabel.of(messages.format("results.finding.title", String.valueOf(number), finding.title()), "finding-title");
        title.setAccessibleText(Glyphs.spoken(finding.look(), messages) + ": " + finding.title());
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(Glyphs.label(finding.look(), messages), title);
        head.getStyleClass().add("status-line");
        card.getChildren().addAll(head, WrappingLabel.of(finding.detail(), "finding-detail"));
        // good news needs no hedging; a finding that is not proven says so, and how to be sure
        if (finding.look() != StatusLook.OK) {
            card.getChildren().add(WrappingLabel.of(certainty(finding, messages), "finding-certainty"));
        }

        // good news (severity OK, such as CAN_SEND) needs no steps: its "fix" is the settings card itself
        if (!finding.fix().isEmpty() && finding.look() != StatusLook.OK) {
            card.getChildren().add(WrappingLabel.of(messages.get("results.fixSteps"), "fix-title"));
            List<String> lines = finding.fixFor(program);
            if (lines.size() < finding.fix().size()) {
                card.getChildren().add(WrappingLabel.of(messages.format("results.fixFor", program.title(messages.language())), "fix-for"));
            }
            VBox steps = new VBox();
            steps.getStyleClass().add("fix-steps");
            int step = 1;
            for (String fix : lines) {
                steps.getChildren().add(WrappingLabel.of(messages.format("results.fixStep", String.valueOf(step++), fix), "fix-step"));
            }
            card.getChildren().add(steps);
        }
        if (!finding.evidence().isEmpty()) {
            VBox content = new VBox();
            content.getStyleClass().add("details-content");
            content.getChildren().add(CheckRowView.heading(messages.get("details.evidence")));
            for (String line : finding.evidence()) {
                content.getChildren().add(WrappingLabel.of(line, "evidence-line"));
            }
            content.getChildren().add(WrappingLabel.of(messages.format("results.findingCode", finding.code().name()), "finding-code"));
            TitledPane details = new TitledPane(messages.get("details.title"), content);
            details.setExpanded(false);
            details.setAnimated(false);
            details.getStyleClass().add("details");
            details.setAccessibleText(messages.format("details.about", finding.title()));
            card.getChildren().add(details);
        }
        return card;
    }

    private static String certainty(FindingView finding, Messages messages) {
        return switch (finding.certainty()) {
            case PROVEN -> messages.get("results.certainty.proven");
            case LIKELY -> messages.format("results.certainty.likely", finding.settle());
            case POSSIBLE -> messages.format("results.certainty.possible", finding.settle());
        };
    }

}
