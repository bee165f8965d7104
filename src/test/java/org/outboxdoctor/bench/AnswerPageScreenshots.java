package org.outboxdoctor.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.outboxdoctor.practice.PracticeScenario;
import org.outboxdoctor.ui.AppServices;
import org.outboxdoctor.ui.CheckSession;
import org.outboxdoctor.ui.FxmlView;
import org.outboxdoctor.ui.MainWindow;
import org.outboxdoctor.ui.PracticeMode;
import org.outboxdoctor.ui.ViewFactory;
import org.outboxdoctor.ui.WizardController;
import org.outboxdoctor.ui.WizardStep;

/**
 * The answer page's screenshots in src/site/screenshots/: the real window (as DesktopApp opens it) runs the
 * practice scenario {@value #SCENARIO}, with the error its user saw typed on the first page, and its answer page is
 * saved at 1024x700 and 720x520, with normal and larger text. Run under Xvfb:
 * {@code xvfb-run java -cp target/classes:target/test-classes:<classpath> org.outboxdoctor.bench.AnswerPageScreenshots DIR}.
 */
public final class AnswerPageScreenshots {

    static final String SCENARIO = "port-25-blocked";

    private AnswerPageScreenshots() {
    }

    public static void main(String[] args) {
        Application.launch(Shots.class, args);
    }

    /** Opens the window, runs the scenario, then resizes and saves on the FX thread. */
    public static final class Shots extends Application {

        private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "screenshots-worker");
            thread.setDaemon(true);
            return thread;
        });
        private Stage stage;
        private MainWindow window;
        private ViewFactory views;
        private WizardController wizard;
        private AppServices services;
        private Preferences node;

        @Override
        public void start(Stage primary) {
            stage = primary;
            node = Preferences.userRoot().node("org/outboxdoctor/bench/" + UUID.randomUUID());
            services = AppServices.create(executor, node);
            views = new ViewFactory(services);
            window = new MainWindow(stage, views, services);
            wizard = (WizardController) window.showPage(FxmlView.WIZARD).controller();
            window.open();
            Path folder = Path.of(getParameters().getRaw().isEmpty() ? "src/site/screenshots" : getParameters().getRaw().get(0));
            Thread shots = new Thread(() -> shoot(folder), "screenshots");
            shots.setDaemon(true);
            shots.start();
        }

        private void shoot(Path folder) {
            int status = 0;
            try {
                Files.createDirectories(folder);
                PracticeMode practice = views.practice();
                CompletableFuture<Void> started = new CompletableFuture<>();
                Platform.runLater(() -> {
                    PracticeScenario scenario = practice.scenarios().stream().filter(s -> s.id().equals(SCENARIO))
                            .findFirst().orElseThrow();
                    practice.start(scenario, () -> {
                        views.session().form().problemProperty().set("Sending failed: cannot connect to mail.example.test, port 25");
                        wizard.goTo(WizardStep.CHECK_PASSWORD);
                        started.complete(null);
                    }, reason -> started.completeExceptionally(new IllegalStateException(reason)));
                });
                started.get(60, TimeUnit.SECONDS);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (onFx(() -> views.session().state()) != CheckSession.State.FINISHED) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the practice check did not finish");
                    }
                    Thread.sleep(200);
                }
                for (boolean large : new boolean[] {false, true}) {
                    for (double[] size : new double[][] {{MainWindow.WIDTH, MainWindow.HEIGHT}, {MainWindow.MIN_WIDTH, MainWindow.MIN_HEIGHT}}) {
                        String name = "results-port-blocked" + (size[0] == MainWindow.WIDTH ? "" : "-720x520")
                                + (large ? "-larger-text" : "") + ".png";
                        onFx(() -> {
                            services.appearance().largeTextProperty().set(large);
                            stage.setWidth(size[0]);
                            stage.setHeight(size[1]);
                            wizard.goTo(WizardStep.WELCOME.next().orElseThrow()); // leave the page, then open it anew
                            wizard.goTo(WizardStep.RESULTS);
                            return null;
                        });
                        Thread.sleep(1500); // the layout settles and the focus line is drawn
                        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
                        ImageIO.write(toBuffered(image), "png", folder.resolve(name).toFile());
                        System.out.println("saved " + folder.resolve(name) + " (" + (int) image.getWidth() + "x"
                                + (int) image.getHeight() + ")");
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
                status = 1;
            } finally {
                int exit = status;
                Platform.runLater(() -> {
                    window.stopEverything();
                    try {
                        node.removeNode();
                    } catch (Exception ignored) {
                        // a left-over node in the preferences harms nothing
                    }
                    Platform.exit();
                    System.exit(exit);
                });
            }
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

        private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(task.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(30, TimeUnit.SECONDS);
        }
    }
}
