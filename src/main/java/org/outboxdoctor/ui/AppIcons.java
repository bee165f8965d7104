package org.outboxdoctor.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

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

    /**
     * Gives {@code stage} every icon size that is present; a missing one is skipped, never an error. Decoding seven
     * PNGs takes 20-40 ms that the first window need not wait for: they are decoded on {@code background} (images
     * may be made on any thread) and handed to the stage on {@code fxThread}, so the window manager may show the
     * icon a moment after the window.
     */
    static void addTo(Stage stage, Executor background, Executor fxThread) {
        background.execute(() -> {
            List<Image> icons = load();
            fxThread.execute(() -> stage.getIcons().setAll(icons));
        });
    }

    private static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource(resourceName(size));
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }
}
