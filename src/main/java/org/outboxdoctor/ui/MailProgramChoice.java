package org.outboxdoctor.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import org.outboxdoctor.export.MailProgram;

/**
 * "Which mail program do you use?": the one answer the Password page asks for, shared by the live Password step,
 * the answer page's steps and the findings' fixes. {@code null} is "I don't know" (every program's steps and fixes
 * show). Held for the window only: nothing is remembered when the app closes.
 */
public final class MailProgramChoice {

    private final ObjectProperty<MailProgram> program = new SimpleObjectProperty<>(this, "program");
    /** The user picked an answer themselves: a detected program no longer replaces it. */
    private boolean answered;

    /** The chosen program, {@code null} for "I don't know". */
    public ObjectProperty<MailProgram> programProperty() {
        return program;
    }

    public MailProgram program() {
        return program.get();
    }

    /** The user's own answer. */
    public void choose(MailProgram chosen) {
        answered = true;
        program.set(chosen);
    }

    /**
     * An account found in a mail program on this computer was picked: that program becomes the answer, unless the
     * user already gave one.
     */
    public void detected(org.outboxdoctor.mailprograms.MailProgram found) {
        if (answered) {
            return;
        }
        program.set(switch (found) {
            case THUNDERBIRD -> MailProgram.THUNDERBIRD;
            // the reader reads classic Outlook's accounts; the new Outlook keeps none on this computer
            case OUTLOOK -> MailProgram.OUTLOOK_CLASSIC;
            case APPLE_MAIL -> MailProgram.APPLE_MAIL;
        });
    }

    /**
     * Makes {@code box} show and change this answer: the seven programs and "I don't know" (an empty item, since a
     * combo box cannot select {@code null} as an item).
     */
    void bind(ComboBox<Item> box, Messages messages) {
        List<Item> items = new ArrayList<>(Arrays.stream(MailProgram.values()).map(Item::new).toList());
        items.add(Item.DONT_KNOW);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Item item) {
                return item == null || item.program() == null ? messages.format("mailProgram.dontKnow") : item.program().title();
            }

            @Override
            public Item fromString(String text) {
                return null;
            }
        });
        boolean[] syncing = {false};
        box.setValue(new Item(program.get()));
        program.addListener((observable, before, now) -> {
            syncing[0] = true;
            box.setValue(new Item(now));
            syncing[0] = false;
        });
        box.valueProperty().addListener((observable, before, now) -> {
            if (!syncing[0] && now != null && now.program() != program.get()) {
                choose(now.program());
            }
        });
    }

    /** One entry of the chooser; {@link #DONT_KNOW} holds no program. */
    record Item(MailProgram program) {
        static final Item DONT_KNOW = new Item(null);
    }
}
