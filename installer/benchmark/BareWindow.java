package bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of installer/benchmark/benchmark.sh: the least a JavaFX window can be (one Stage, one Label).
 * The benchmark starts it exactly like Outbox Doctor: packaged (same jlinked runtime, same jpackage launcher,
 * classpath mode, same JVM options and start-up cache) and as a plain jar ({@code java -jar} with JavaFX from
 * target/lib on its class path). It opens a window of the same size and does nothing else.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX");
            stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX")), 1024, 700));
            stage.show();
        }
    }
}
