package org.outboxdoctor.ui;

import com.google.zxing.common.BitMatrix;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Draws a QR code's modules as a JavaFX image: black on white, one pixel per module cell as ZXing scaled it. */
final class QrImage {

    private QrImage() {
    }

    static WritableImage draw(BitMatrix matrix) {
        WritableImage image = new WritableImage(matrix.getWidth(), matrix.getHeight());
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                pixels.setColor(x, y, matrix.get(x, y) ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
