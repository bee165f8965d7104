package org.outboxdoctor.ui;

import java.util.List;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.outboxdoctor.ui.CheckOutcome.Row;

/**
 * One row of a live-check step: the status symbol (a spinner while running), one sentence, a link when the row
 * has one (a blocklist's removal page, opened through {@link AppServices.Browser}), and a collapsed "Details"
 * expander with the evidence and the redacted conversation with the server. Updated in place, so a Details pane
 * the user opened stays open while the run goes on. Node id: {@code row-<key>}; the link's: {@code link-<key>}.
 */
final class CheckRowView {

    private final Messages messages;
    private final AppServices.Browser browser;
    private final VBox root = new VBox();
    private final Label glyph;
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label sentence = new Label();
    private final Hyperlink link = new Hyperlink();
    private final HBox linkLine = new HBox(link);
    private final TitledPane details = new TitledPane();
    private final VBox detailContent = new VBox();

    CheckRowView(Row row, Messages messages, AppServices.Browser browser) {
        this.messages = messages;
        this.browser = browser;
        root.getStyleClass().add("check-row");
        root.setId("row-" + row.key());

        glyph = Glyphs.label(row.look(), messages);
        spinner.getStyleClass().add("row-spinner");
        spinner.setFocusTraversable(false);
        StackPane symbol = new StackPane(glyph, spinner);
        symbol.getStyleClass().add("row-symbol");
        symbol.setMinWidth(Region.USE_PREF_SIZE);

        sentence.getStyleClass().add("row-sentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        HBox line = new HBox(symbol, sentence);
        line.getStyleClass().add("check-row-line");

        details.setText(messages.get("details.title"));
        details.setExpanded(false);
        details.setAnimated(false);
        details.getStyleClass().add("details");
        detailContent.getStyleClass().add("details-content");
        details.setContent(detailContent);

        linkLine.getStyleClass().add("row-link");
        link.setId("link-" + row.key());
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.setOnAction(event -> {
            browser.open(link.getUserData().toString());
            link.setVisited(true);
        });

        root.getChildren().addAll(line, linkLine, details);
        update(row);
    }

    VBox node() {
        return root;
    }

    void update(Row row) {
        boolean running = row.look() == StatusLook.RUNNING;
        Glyphs.update(glyph, row.look(), messages);
        glyph.setVisible(!running);
        spinner.setVisible(running);
        StatusLook.apply(root, row.look());
        sentence.setText(row.sentence());
        // a screen reader hears the status with the sentence
        sentence.setAccessibleText(Glyphs.spoken(row.look(), messages) + ": " + row.sentence());
        details.setAccessibleText(messages.format("details.about", row.sentence()));

        boolean hasLink = !row.link().isEmpty();
        linkLine.setVisible(hasLink);
        linkLine.setManaged(hasLink);
        link.setVisible(hasLink);
        if (hasLink && !row.link().equals(link.getUserData())) {
            link.setUserData(row.link());
            link.setText(messages.format("row.link.open", row.link()));
            link.setAccessibleText(messages.format("row.link.about", row.link()));
            link.setTooltip(new Tooltip(messages.get("row.link.help")));
        }

        boolean hasDetails = row.hasDetails();
        details.setVisible(hasDetails);
        details.setManaged(hasDetails);
        detailContent.getChildren().clear();
        if (!row.evidence().isEmpty()) {
            detailContent.getChildren().add(heading(messages.get("details.evidence")));
            for (String line : row.evidence()) {
                Label evidence = new Label(line);
                evidence.getStyleClass().add("evidence-line");
                evidence.setWrapText(true);
                evidence.setMinHeight(Region.USE_PREF_SIZE);
                detailContent.getChildren().add(evidence);
            }
        }
        if (!row.transcript().isEmpty()) {
            detailContent.getChildren().add(heading(messages.get("details.transcript")));
            detailContent.getChildren().add(transcript(row.transcript(), messages));
        }
    }

    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return heading;
    }

    /** A read-only, selectable text area (helpdesk staff copy from it), a few lines high. */
    static TextArea transcript(List<String> lines, Messages messages) {
        TextArea area = new TextArea(String.join("\n", lines));
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.max(2, Math.min(10, lines.size())));
        area.getStyleClass().add("transcript");
        area.setAccessibleText(messages.get("details.transcript"));
        releaseTab(area);
        ViewportCaching.turnOff(area);
        return area;
    }

    /**
     * Tab leaves a text area instead of being swallowed by it (no keyboard trap): a text area moves the focus
     * on Ctrl+Tab, so a plain Tab is passed on as that.
     */
    static void releaseTab(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(), event.getCharacter(),
                        event.getText(), event.getCode(), event.isShiftDown(), true, event.isAltDown(), event.isMetaDown()));
            }
        });
    }
}
