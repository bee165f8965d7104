package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.e2e.MailWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The answer page as a newcomer meets it: the verdict first (at the top, with the focus, in the smallest window),
 * the re-run warning in view when it appears, status lines that belong to the run that made them, and the
 * keyboard focus kept on the page while a test message is sent.
 */
class AnswerPageTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock();

    @Test
    void theAnswerOpensAtTheTopWithTheVerdictFocusedAndTheRerunWarningScrollsIntoView(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world), clock, (o, t, n) -> Optional.empty());
            robot.interact(() -> {
                stage.setWidth(MainWindow.MIN_WIDTH);
                stage.setHeight(MainWindow.MIN_HEIGHT);
            });
            fillAndStart(robot);
            driver.awaitOutcome(30);
            robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
            WaitForAsyncUtils.waitForFxEvents();

            ScrollPane page = robot.lookup(".results-page").queryAs(ScrollPane.class);
            assertEquals(page.getVmin(), page.getVvalue(), "the answer page opens at the top");
            driver.assertFocused("#verdictHeadline");
            assertTrue(inView(page, robot.lookup("#verdictHeadline").query()), "the verdict is on screen");

            // Run again at once: the warning and its "Run anyway" are brought into view
            driver.click("#runAgainButton");
            WaitForAsyncUtils.waitForFxEvents();
            verifyThat("#rerunBox", NodeMatchers.isVisible());
            driver.assertFocused("#runAnywayButton");
            assertTrue(inView(page, robot.lookup("#rerunBox").query()), "the whole warning is on screen");
        }
    }

    @Test
    void theSavedReportStatusBelongsToItsRunAndSendingATestMessageKeepsTheFocusOnThePage(FxRobot robot) throws Exception {
        Path saved = temp.resolve("report.html");
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world), clock, (o, t, n) -> Optional.of(saved));
            fillAndStart(robot);
            driver.awaitOutcome(30);
            robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
            driver.click("#saveReportButton");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(saved) && Files.size(saved) > 0);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(driver.text("#actionMessage").contains(saved.toString()));
            // the saved and copied reports say when (by the window's clock), with what and where they were made
            String html = Files.readString(saved);
            assertTrue(html.contains("Checked on 2026-11-23 10:00:00 +00:00 with Outbox Doctor "), html);
            assertTrue(html.contains(System.getProperty("os.name")));
            assertFalse(html.contains("PRACTICE"));
            assertTrue(driver.session.outcomeProperty().get().textReport().contains("Checked on 2026-11-23 10:00:00 +00:00"));

            // a later check started from the settings page: its answer page has no word of the old report
            clock.advance(RunGate.QUIET_TIME.plusSeconds(1));
            robot.interact(() -> driver.wizard.goTo(WizardStep.SERVER));
            robot.clickOn("#portField").eraseText(3).write("587");
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            driver.awaitOutcome(30);
            robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
            WaitForAsyncUtils.waitForFxEvents();
            verifyThat("#actionMessage", NodeMatchers.isInvisible());
            assertFalse(driver.text("#actionMessage").contains(saved.toString()), driver.text("#actionMessage"));

            // "Send me a test message": the focus stays on the page, never the Larger-text switch
            clock.advance(RunGate.QUIET_TIME.plusSeconds(1));
            driver.click("#sendTestButton");
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertFocusOnAnswerPage();
            driver.awaitOutcome(60);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertFocusOnAnswerPage();
        }
    }

    private void assertFocusOnAnswerPage() {
        Node owner = driver.focusOwner();
        Node page = driver.robot.lookup(".results-page").query();
        boolean inside = false;
        for (Node n = owner; n != null; n = n.getParent()) {
            inside |= n == page;
        }
        assertTrue(inside, "the focus left the answer page for " + owner);
    }

    /** The node lies completely inside the scroll pane's visible part. */
    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= viewport.getMinY() - 0.5 && shown.getMaxY() <= viewport.getMaxY() + 0.5;
    }

    private void fillAndStart(FxRobot robot) {
        driver.assertFocused("#emailField");
        robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.ACCOUNT);
        robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.SERVER);
        robot.clickOn("#portField").write("465");
        robot.clickOn("#nextButton");
        driver.assertOn(WizardStep.CHECK_PASSWORD);
    }
}
