package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.practice.PracticeScenario;
import org.outboxdoctor.practice.PracticeThreads;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A practice scenario driven through the real wizard, headless: the Welcome page's link, the picker by keyboard,
 * the PRACTICE badge on every page, the check against the scenario's pretend provider (never the options the
 * window was opened with), "What this scenario was" on the answer page, and nothing left running after leaving.
 */
class PracticeWizardTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void port25BlockedByKeyboardEndsOnPortBlockedAndLeavingStopsEverything(FxRobot robot) throws Exception {
        // the window's own options are the real defaults: under the build's loopback guard they would fail, so
        // the check can only end on PORT_BLOCKED if it ran with the practice world's options
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        PracticeMode practice = driver.views.practice();
        verifyThat("#practiceBadge", NodeMatchers.isInvisible());

        // Welcome: Tab from the address over "another sender" and the error field to the link; Space opens the picker
        driver.assertFocused("#emailField");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        driver.assertFocused("#practiceLink");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        driver.assertFocused("#scenarioList");
        assertEquals(WizardStep.WELCOME, driver.current());
        assertTrue(driver.button("#nextButton").isDisabled(), "the frame's Next is off while the picker shows");

        // the picker: one line per scenario, titles only; arrow keys to port-25-blocked, Enter starts it
        @SuppressWarnings("unchecked")
        ListView<PracticeScenario> list = robot.lookup("#scenarioList").queryAs(ListView.class);
        assertEquals(practice.scenarios(), list.getItems());
        int target = indexOf(list.getItems(), "port-25-blocked");
        for (int i = 0; i < target; i++) {
            robot.type(KeyCode.DOWN);
        }
        PracticeScenario scenario = list.getSelectionModel().getSelectedItem();
        assertEquals("port-25-blocked", scenario.id());
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> driver.current() == WizardStep.CHECK_PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(scenario, practice.scenarioProperty().get());
        verifyThat("#practiceBadge", NodeMatchers.isVisible());
        assertTrue(robot.lookup("#practiceBadge").queryLabeled().getAccessibleText().contains(scenario.title()));
        assertFalse(PracticeThreads.alive().isEmpty(), "the pretend provider runs");

        // the form holds the scenario's mail program; the password is in the (masked) password field only
        CheckForm form = driver.session.form();
        assertEquals(scenario.mailProgram().address(), form.emailProperty().get());
        assertEquals("25", form.portProperty().get());
        assertFalse(form.passwordProperty().get().isEmpty());
        assertSame(CheckSession.State.RUNNING, driver.session.state());

        // the live checks and the answer, all with the badge; Enter is Next
        for (WizardStep step : List.of(WizardStep.CHECK_SERVER, WizardStep.CHECK_PORT, WizardStep.CHECK_FIREWALL,
                WizardStep.CHECK_ACCOUNT, WizardStep.CHECK_BLACKLIST, WizardStep.RESULTS)) {
            driver.assertFocused("#nextButton");
            robot.type(KeyCode.ENTER);
            driver.assertOn(step);
            verifyThat("#practiceBadge", NodeMatchers.isVisible());
        }
        driver.awaitOutcome(60);
        assertEquals(FindingCode.PORT_BLOCKED, driver.session.outcomeProperty().get().codes().get(0));
        verifyThat("#finding-PORT_BLOCKED", NodeMatchers.isVisible());
        assertEquals("587", driver.text("#portValue"));

        // "What this scenario was": what it teaches, and that the check's top finding is the expected one
        verifyThat("#practiceBox", NodeMatchers.isVisible());
        assertEquals(scenario.teaches(), driver.text("#teaches"));
        assertEquals(driver.messages.format("practice.result.matched", "PORT_BLOCKED"), driver.text("#matchText"));

        // the answer page with every "Details" open (transcripts in text areas): nothing large is cached as a bitmap,
        // which would redraw the whole page off screen on every change (ViewportCaching, ViewFactoryTest)
        robot.interact(() -> robot.lookup(".details").queryAllAs(TitledPane.class).forEach(pane -> pane.setExpanded(true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".text-area").tryQuery().isPresent(), "a transcript is open");
        assertEquals(List.of(), robot.lookup(ViewFactoryTest::largeAndCached).queryAll().stream()
                .map(node -> node.getTypeSelector() + node.getStyleClass()).toList());

        // the Password page shows the typed password masked
        robot.interact(() -> driver.wizard.goTo(WizardStep.ACCOUNT));
        PasswordField password = robot.lookup("#passwordField").queryAs(PasswordField.class);
        assertTrue(password.isVisible(), "masked field shown, not the plain one");
        verifyThat("#practiceBadge", NodeMatchers.isVisible());
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));

        // Leave practice: back on Welcome, form empty, real options again, and nothing left running
        driver.click("#leaveButton");
        driver.assertOn(WizardStep.WELCOME);
        assertNull(practice.scenarioProperty().get());
        verifyThat("#practiceBadge", NodeMatchers.isInvisible());
        assertEquals("", form.emailProperty().get());
        assertEquals("", form.passwordProperty().get());
        assertSame(driver.services.checkOptions(), driver.session.checkOptions());
        assertSame(CheckSession.State.IDLE, driver.session.state());
        assertTrue(awaitNoPracticeThreads(Duration.ofSeconds(10)), "practice threads left: " + PracticeThreads.alive());
        assertTrue(ProbeThreads.awaitNone(Duration.ofSeconds(5)), "probe threads left: " + ProbeThreads.alive());
    }

    @Test
    void startingAnotherScenarioClosesTheFirstAndBackToWelcomeLeaves(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        PracticeMode practice = driver.views.practice();
        PracticeScenario healthy = open(robot, practice, "healthy");
        PracticeScenario wrongPassword = find(practice.scenarios(), "wrong-password");
        driver.awaitOutcome(30);
        List<Thread> first = PracticeThreads.alive();
        assertFalse(first.isEmpty());

        // "Try another scenario" on the answer page closes the first scenario and opens the picker
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
        assertSame(healthy, practice.scenarioProperty().get());
        driver.click("#anotherButton");
        verifyThat("#scenarioList", NodeMatchers.isVisible());
        assertNull(practice.scenarioProperty().get());
        robot.interact(() -> robot.lookup("#scenarioList").queryListView().getSelectionModel().select(wrongPassword));
        driver.click("#startButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> practice.scenarioProperty().get() == wrongPassword);
        driver.awaitOutcome(30);
        assertEquals(FindingCode.WRONG_PASSWORD, driver.session.outcomeProperty().get().codes().get(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.stream().noneMatch(Thread::isAlive));

        // the pretend provider bans nobody: "Run again" runs at once, without the warning real providers get
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
        CheckOutcome firstAnswer = driver.session.outcomeProperty().get();
        driver.click("#runAgainButton");
        verifyThat("#rerunBox", NodeMatchers.isInvisible());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> driver.session.state() == CheckSession.State.FINISHED
                && driver.session.outcomeProperty().get() != firstAnswer);
        assertEquals(FindingCode.WRONG_PASSWORD, driver.session.outcomeProperty().get().codes().get(0));

        // Back to the Welcome page (here: the step list's first entry) leaves practice
        robot.clickOn("#step-WELCOME");
        driver.assertOn(WizardStep.WELCOME);
        assertNull(practice.scenarioProperty().get());
        assertTrue(awaitNoPracticeThreads(Duration.ofSeconds(10)), "practice threads left: " + PracticeThreads.alive());
        assertTrue(ProbeThreads.awaitNone(Duration.ofSeconds(5)), "probe threads left: " + ProbeThreads.alive());
    }

    @Test
    void closingTheWindowDuringAPracticeCheckStopsTheCheckAndThePretendProvider(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        PracticeMode practice = driver.views.practice();
        // its port 25 stays silent, so the check is still waiting on it when the window closes
        PracticeScenario blocked = open(robot, practice, "port-25-blocked");
        assertSame(CheckSession.State.RUNNING, driver.session.state());
        assertFalse(PracticeThreads.alive().isEmpty(), "the pretend provider runs");

        // the window's close button: JavaFX hides the stage after an unconsumed close request
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertFalse(stage.isShowing());

        assertSame(CheckSession.State.CANCELLED, driver.session.state());
        assertEquals("", driver.session.form().passwordProperty().get());
        assertTrue(PracticeThreads.alive().isEmpty(), "the world closed before the window was gone: " + PracticeThreads.alive());
        assertTrue(ProbeThreads.awaitNone(Duration.ofSeconds(3)), "probe threads left: " + ProbeThreads.alive());
    }

    @Test
    void anAttachmentTooLargeIsDeclaredUpFrontLikeTheCheckCommandDoes(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        PracticeMode practice = driver.views.practice();
        PracticeScenario tooLarge = open(robot, practice, "message-too-large");
        driver.awaitOutcome(30);

        assertEquals(FindingCode.MESSAGE_TOO_LARGE, driver.session.outcomeProperty().get().codes().get(0));
        // the server was told the size (RFC 1870) and refused it before any data, as with `check --attachment`
        List<String> transcript = driver.session.outcomeProperty().get().step(CheckStep.PORT).rows().stream()
                .flatMap(row -> row.transcript().stream()).toList();
        assertTrue(transcript.stream().anyMatch(line -> line.matches(".*MAIL FROM:<[^>]+> SIZE=\\d+.*")), String.join("\n", transcript));
        assertTrue(transcript.stream().anyMatch(line -> line.contains("552")), String.join("\n", transcript));
    }

    /** Starts a scenario as the picker does and waits until its world runs (and its check has started). */
    static PracticeScenario open(FxRobot robot, PracticeMode practice, String id) throws Exception {
        PracticeScenario scenario = find(practice.scenarios(), id);
        robot.interact(() -> practice.start(scenario, () -> { }, reason -> { }));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> practice.scenarioProperty().get() == scenario);
        WaitForAsyncUtils.waitForFxEvents(); // the check starts in the same FX task, just after the scenario is set
        return scenario;
    }

    private static int indexOf(List<PracticeScenario> scenarios, String id) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no scenario " + id);
    }

    private static PracticeScenario find(List<PracticeScenario> scenarios, String id) {
        return scenarios.get(indexOf(scenarios, id));
    }

    private static boolean awaitNoPracticeThreads(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!PracticeThreads.alive().isEmpty()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
