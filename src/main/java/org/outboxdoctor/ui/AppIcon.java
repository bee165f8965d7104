package org.outboxdoctor.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/**
 * The window icon in the sizes desktops ask for, from {@code icons/outbox-doctor-<size>.png} next to the FXML
 * files (made from {@code icons/outbox-doctor.svg}).
 */
final class AppIcon {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** Every size that is in the build; a missing file is skipped rather than breaking the window. */
    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream("icons/outbox-doctor-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon that cannot be read is not worth failing the window for
            }
        }
        return images;
    }
}
