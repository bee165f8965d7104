package org.outboxdoctor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.outboxdoctor.ui.AppServices;
import org.outboxdoctor.ui.FxmlView;
import org.outboxdoctor.ui.MainWindow;
import org.outboxdoctor.ui.ViewFactory;

/**
 * Where the first window's time goes once the toolkit runs, inside one JVM: installer/benchmark/benchmark.sh runs it
 * under Xvfb with the packaged app's JVM options; it prints figures and asserts nothing.
 *
 * <p>First a bare window (one Stage, one Label) is opened, as installer/benchmark/BareWindow.java does; that pays
 * JavaFX's own first-time work (the theme, the default font, the first window). Then the app's main window is
 * opened as {@code DesktopApp} opens it, {@value #APP_ROUNDS} times in a row, each a new window with new pages. The
 * first time is what the app pays at start-up on top of a bare window; the later times are the same work with the
 * code already loaded, linked and compiled. Their difference is the JVM's first-time cost of the page: class
 * loading and linking, static initialisers, and interpreting code that later runs compiled.
 */
public final class FirstWindowBenchmark {

    static final int APP_ROUNDS = 5;

    private FirstWindowBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Rounds.class, args);
    }

    /**
     * The JavaFX application that opens and closes the windows on the FX thread, then prints one line: {@code
     * first-window-benchmark bare=MS first=MS warm=MS} (warm: the median of the later rounds).
     */
    public static final class Rounds extends Application {

        @Override
        public void start(Stage ignored) throws BackingStoreException {
            double bare = millis(Rounds::openBareWindow);
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "first-window-benchmark");
                thread.setDaemon(true);
                return thread;
            });
            Preferences node = Preferences.userRoot().node("org/outboxdoctor/bench/" + UUID.randomUUID());
            List<Double> app = new ArrayList<>();
            for (int round = 0; round < APP_ROUNDS; round++) {
                AppServices services = AppServices.create(executor, node);
                app.add(millis(() -> openAppWindow(services)));
            }
            node.removeNode();
            executor.shutdownNow();
            List<Double> warm = new ArrayList<>(app.subList(1, app.size()));
            warm.sort(null);
            double warmMedian = warm.get(warm.size() / 2);
            // one line for benchmark.sh, which writes the sentence around it into its report
            System.out.printf(Locale.ROOT, "first-window-benchmark bare=%.0f first=%.0f warm=%.0f%n", bare, app.get(0),
                    warmMedian);
            Platform.exit();
        }

        private static Stage openBareWindow() {
            Stage stage = new Stage();
            stage.setTitle("Bare JavaFX");
            stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX")), MainWindow.WIDTH, MainWindow.HEIGHT));
            stage.show();
            return stage;
        }

        private static Stage openAppWindow(AppServices services) {
            MainWindow window = new MainWindow(new Stage(), new ViewFactory(services), services);
            window.showPage(FxmlView.WIZARD);
            window.open();
            return window.stage();
        }

        /** Milliseconds until {@code open} returns the shown window, which is then closed. */
        private static double millis(Supplier<Stage> open) {
            long start = System.nanoTime();
            Stage stage = open.get();
            double millis = (System.nanoTime() - start) / 1e6;
            stage.hide();
            return millis;
        }
    }
}
