package bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of installer/benchmark/startup.sh: the least a JavaFX window can be. It is packaged
 * exactly like Outbox Doctor (same jlinked runtime, same jpackage launcher, classpath mode), opens a
 * window of the same size and title pattern, and does nothing else.
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
