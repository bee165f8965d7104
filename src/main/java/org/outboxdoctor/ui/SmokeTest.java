package org.outboxdoctor.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * {@code outbox-doctor --smoke-test}: the installed app proves, with no one at the screen, that it opens its window on
 * the first page. CI runs it after a silent install on every OS (installer/&lt;os&gt;/ scripts): exit status 0 once the
 * first page has been laid out in a showing window, 1 when it has not after {@link #TIMEOUT} or shows no page. A
 * window that cannot open at all already exits 2 (see {@code org.outboxdoctor.Main}).
 */
public final class SmokeTest {

    /** The one argument that asks for it ({@code org.outboxdoctor.Main} compares the text itself, to load no UI class). */
    public static final String FLAG = "--smoke-test";
    /** Generous: a CI machine's first start of a fresh install (Windows Defender scans every file). */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static final SmokeTest THIS_PROCESS = new SmokeTest(System::exit, System.out);

    private final IntConsumer exit;
    private final PrintStream out;
    private final CountDownLatch finished = new CountDownLatch(1);

    SmokeTest(IntConsumer exit, PrintStream out) {
        this.exit = exit;
        this.out = out;
    }

    public static boolean requested(List<String> args) {
        return args.size() == 1 && FLAG.equals(args.get(0));
    }

    static SmokeTest forThisProcess() {
        return THIS_PROCESS;
    }

    /** Starts the deadline, before the toolkit starts: a toolkit that never comes up must fail the run too. */
    void arm(Duration timeout) {
        Thread watchdog = new Thread(() -> {
            try {
                if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    finish(1, "no first page after " + timeout.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "outbox-doctor-smoke-test");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Called on the FX thread right after the window was asked to show: checks one pulse later, when the page has been
     * styled and laid out, that the window shows and holds a page.
     */
    void windowOpened(Stage stage, Parent content) {
        Platform.runLater(() -> {
            if (!stage.isShowing() || content.getChildrenUnmodifiable().isEmpty() || content.getLayoutBounds().getHeight() <= 0) {
                finish(1, "the window is not showing a page");
            } else {
                finish(0, "first page shown in the window \"" + stage.getTitle() + "\" ("
                        + Math.round(stage.getScene().getWidth()) + "x" + Math.round(stage.getScene().getHeight()) + ")");
            }
        });
    }

    private void finish(int status, String what) {
        if (finished.getCount() == 0) {
            return;
        }
        finished.countDown();
        out.println("smoke test " + (status == 0 ? "passed: " : "FAILED: ") + what);
        out.flush();
        exit.accept(status);
    }
}
