package org.outboxdoctor.ui;

import java.io.File;
import java.io.IOException;

import javafx.css.Stylesheet;

/**
 * Build step, not used by the app: {@code mvn package} runs it (exec-maven-plugin, phase process-classes) to write
 * {@code outbox-doctor.bss}, the pre-parsed form of {@code outbox-doctor.css}, next to it in the class folder.
 *
 * <p>JavaFX looks for a {@code .bss} beside every {@code .css} a scene names and reads it instead of parsing the
 * text (Modena itself ships that way): reading takes a fraction of the 30-70 ms that parsing our 650 lines takes on
 * the FX thread before the first window. The scene still names {@code outbox-doctor.css}, which JavaFX reads when
 * no {@code .bss} is there (a build that skipped this step, an IDE that copies resources itself).
 */
public final class BinaryStylesheet {

    private BinaryStylesheet() {
    }

    /** Arguments: the {@code .css} file and the {@code .bss} file to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BinaryStylesheet SOURCE.css TARGET.bss");
        }
        Stylesheet.convertToBinary(new File(args[0]), new File(args[1]));
    }
}
