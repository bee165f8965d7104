package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code --smoke-test} on the real main window, headless under Monocle; the exit status is recorded, not taken. */
@ExtendWith(ApplicationExtension.class)
class SmokeTestTest {

    private final BlockingQueue<Integer> exits = new ArrayBlockingQueue<>(2);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final SmokeTest smokeTest = new SmokeTest(exits::add, new PrintStream(printed, true, StandardCharsets.UTF_8));

    private Preferences node;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        node = TestPreferences.freshNode();
        AppServices services = AppServices.create(Runnable::run, node, Locale.ROOT);
        window = new MainWindow(stage, new ViewFactory(services), services);
        window.showPage(FxmlView.WIZARD);
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        TestPreferences.remove(node);
    }

    @Test
    void exitsZeroOnceTheWindowShowsTheFirstPage(FxRobot robot) throws InterruptedException {
        smokeTest.arm(Duration.ofSeconds(30));
        robot.interact(() -> {
            window.open();
            smokeTest.windowOpened(stage, window.content());
        });

        assertEquals(0, exits.poll(10, TimeUnit.SECONDS));
        assertEquals("smoke test passed: first page shown in the window \"Outbox Doctor\" (1024x700)",
                printed.toString(StandardCharsets.UTF_8).strip());
        assertEquals(null, exits.poll(200, TimeUnit.MILLISECONDS), "the deadline does not report a second time");
    }

    @Test
    void exitsOneWhenTheWindowDidNotShow(FxRobot robot) throws InterruptedException {
        robot.interact(() -> smokeTest.windowOpened(stage, window.content()));

        assertEquals(1, exits.poll(10, TimeUnit.SECONDS));
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("smoke test FAILED: the window is not showing a page"));
    }

    @Test
    void exitsOneWhenAShowingWindowHasNoPage(FxRobot robot) throws InterruptedException {
        robot.interact(() -> {
            window.open();
            smokeTest.windowOpened(stage, new StackPane());
        });

        assertEquals(1, exits.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void exitsOneWhenNoPageShowsBeforeTheDeadline() throws InterruptedException {
        smokeTest.arm(Duration.ofMillis(100));

        assertEquals(1, exits.poll(10, TimeUnit.SECONDS));
        assertEquals("smoke test FAILED: no first page after 0 s", printed.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void onlyTheFlagAloneAsksForIt() {
        assertTrue(SmokeTest.requested(List.of("--smoke-test")));
        assertFalse(SmokeTest.requested(List.of()));
        assertFalse(SmokeTest.requested(List.of("check", "--smoke-test")));
    }
}
