package org.outboxdoctor.ui;

import java.net.URL;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app icon for title bars, task bars and Alt+Tab, in the sizes the platforms pick from.
 * The PNGs are made from icons/*.svg by icons/generate.sh (which also copies them here); the installers
 * use the same drawings.
 */
final class AppIcons {

    /** Sizes in pixels of the {@code icons/outbox-doctor-N.png} resources beside this class. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static String resourceName(int size) {
        return "icons/outbox-doctor-" + size + ".png";
    }

    /** Gives {@code stage} every icon size that is present; a missing one is skipped, never an error. */
    static void addTo(Stage stage) {
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource(resourceName(size));
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }
}
