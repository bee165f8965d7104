package org.outboxdoctor.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.ui.MainWindow;
import org.outboxdoctor.ui.WizardStep;

/**
 * The answer page's screenshots in src/site/screenshots/: the real window (as DesktopApp opens it) runs the
 * practice scenario {@value #SCENARIO}, with the error its user saw on the first page, and its answer page is saved
 * at 1024x700 and 720x520, with normal and larger text, each time opened anew (at the top, the verdict focused).
 * Run under Xvfb: {@code xvfb-run java -cp target/classes:target/test-classes:<classpath>
 * org.outboxdoctor.bench.AnswerPageScreenshots [DIR] [--lang=de]}. With {@code --lang} the window speaks that language
 * (as on a computer set to it) and the files are named with it: {@code results-port-blocked-de.png} and so on.
 */
public final class AnswerPageScreenshots {

    static final String SCENARIO = "port-25-blocked";

    private AnswerPageScreenshots() {
    }

    public static void main(String[] args) {
        Application.launch(Shots.class, args);
    }

    /** Opens the window, runs the scenario, then resizes and saves. */
    public static final class Shots extends Application {

        @Override
        public void start(Stage stage) {
            Path folder = Path.of(getParameters().getUnnamed().isEmpty() ? "src/site/screenshots"
                    : getParameters().getUnnamed().get(0));
            String lang = getParameters().getNamed().get("lang");
            Language language = lang == null ? Language.EN : Language.byCode(lang)
                    .orElseThrow(() -> new IllegalArgumentException("--lang takes one of " + Language.codes()));
            String suffix = lang == null ? "" : "-" + language.code();
            PracticeWindow window = new PracticeWindow(stage, language.locale());
            window.drive("screenshots", () -> {
                Files.createDirectories(folder);
                window.check(SCENARIO, () -> window.views.session().form().problemProperty()
                        .set("Sending failed: cannot connect to mail.example.test, port 25"));
                for (boolean large : new boolean[] {false, true}) {
                    for (boolean small : new boolean[] {false, true}) {
                        String name = "results-port-blocked" + (small ? "-720x520" : "") + (large ? "-larger-text" : "") + suffix + ".png";
                        PracticeWindow.onFx(() -> {
                            window.services.appearance().largeTextProperty().set(large);
                            stage.setWidth(small ? MainWindow.MIN_WIDTH : MainWindow.WIDTH);
                            stage.setHeight(small ? MainWindow.MIN_HEIGHT : MainWindow.HEIGHT);
                            window.wizard.goTo(WizardStep.ACCOUNT); // leave the answer page, then open it anew
                            window.wizard.goTo(WizardStep.RESULTS);
                            return null;
                        });
                        Thread.sleep(1500); // the layout settles
                        WritableImage image = PracticeWindow.onFx(() -> stage.getScene().snapshot(null));
                        ImageIO.write(toBuffered(image), "png", folder.resolve(name).toFile());
                        System.out.println("saved " + folder.resolve(name) + " (" + (int) image.getWidth() + "x"
                                + (int) image.getHeight() + ")");
                    }
                }
                return null;
            });
        }

        private static BufferedImage toBuffered(WritableImage image) {
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            return out;
        }
    }
}
