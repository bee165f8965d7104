package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.practice.SmtpBehaviour;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Validation, navigation, the Results page's actions, larger text and accessibility, on the real window. */
class WizardPagesTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static final List<WizardStep> LIVE_AND_RESULTS = List.of(WizardStep.CHECK_PASSWORD, WizardStep.CHECK_SERVER,
            WizardStep.CHECK_PORT, WizardStep.CHECK_FIREWALL, WizardStep.CHECK_ACCOUNT, WizardStep.CHECK_BLACKLIST,
            WizardStep.RESULTS);

    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock();

    @Test
    void badInputIsDecoratedAndKeepsNextDisabled(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));
            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.ACCOUNT);

            // leaving the password empty: flagged, and Next stays off
            robot.clickOn("#usernameField");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(driver.field("#passwordField").getStyleClass().contains("error"), "empty password decorated");
            assertEquals(driver.messages.get("account.password.empty"), driver.text("#passwordHint"));
            verifyThat("#nextButton", NodeMatchers.isDisabled());
            robot.clickOn("#passwordField").write("x");
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(driver.field("#passwordField").getStyleClass().contains("error"));
            verifyThat("#nextButton", NodeMatchers.isEnabled());
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);

            robot.write("mail example test");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(driver.field("#serverField").getStyleClass().contains("error"), "bad server name decorated");
            assertEquals(driver.messages.get("server.host.invalid"), driver.text("#serverHint"));
            verifyThat("#nextButton", NodeMatchers.isDisabled());
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);

            robot.eraseText("mail example test".length()).write(MailWorld.SERVER);
            robot.clickOn("#portField").write("99999");
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(driver.field("#serverField").getStyleClass().contains("error"));
            assertTrue(driver.field("#portField").getStyleClass().contains("error"), "bad port decorated");
            assertEquals(driver.messages.get("server.port.invalid"), driver.text("#portHint"));
            verifyThat("#nextButton", NodeMatchers.isDisabled());

            robot.eraseText(5).write("465");
            WaitForAsyncUtils.waitForFxEvents();
            verifyThat("#nextButton", NodeMatchers.isEnabled());
            assertEquals(CheckSession.State.IDLE, driver.session.state(), "nothing ran while the input was bad");
        }
    }

    @Test
    void backAndNextKeepTheInputAndOnlyChangedInputRunsAgainAfterAWarning(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world), clock,
                    (owner, title, name) -> Optional.empty());
            fillAndStart(robot, MailWorld.PASSWORD, "465");
            driver.awaitOutcome(30);
            CheckOutcome first = driver.session.outcomeProperty().get();

            robot.clickOn("#backButton");
            driver.assertOn(WizardStep.SERVER);
            assertEquals("465", driver.field("#portField").getText(), "the input is kept");
            assertEquals(driver.messages.get("wizard.next"), driver.button("#nextButton").getText(), "nothing to re-run");
            robot.clickOn("#backButton").clickOn("#backButton");
            driver.assertOn(WizardStep.WELCOME);
            assertEquals(MailWorld.ADDRESS, driver.field("#emailField").getText());
            robot.clickOn("#nextButton").clickOn("#nextButton").clickOn("#nextButton");
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            assertSame(first, driver.session.outcomeProperty().get(), "unchanged input is not checked again");

            // a changed setting is a new check, but right after the last one the user is warned first
            robot.clickOn("#backButton");
            robot.clickOn("#portField").eraseText(3).write("587");
            assertEquals(driver.messages.get("wizard.start"), driver.button("#nextButton").getText());
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.SERVER);
            verifyThat("#rerunBox", NodeMatchers.isVisible());
            assertTrue(driver.text("#rerunText").contains("seconds ago"), driver.text("#rerunText"));
            driver.assertFocused("#runAnywayButton");
            driver.click("#notNowButton");
            verifyThat("#rerunBox", NodeMatchers.isInvisible());
            assertSame(first, driver.session.outcomeProperty().get());

            robot.clickOn("#nextButton").clickOn("#runAnywayButton");
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            driver.awaitOutcome(30);
            assertEquals(587, driver.session.outcomeProperty().get().step(CheckStep.PORT).rows().stream()
                    .filter(r -> r.key().equals("port-587")).count() > 0 ? 587 : -1);
            assertTrue(driver.session.outcomeProperty().get() != first);
        }
    }

    @Test
    void resultsCopySaveAndRunAgainWithTheConnectionBudgetInMind(FxRobot robot) throws Exception {
        Path saved = temp.resolve("report.html");
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world), clock,
                    (owner, title, name) -> Optional.of(saved));
            fillAndStart(robot, MailWorld.PASSWORD, "465");
            robot.clickOn("#answerButton");
            driver.assertOn(WizardStep.RESULTS);
            driver.awaitOutcome(30);

            driver.click("#copyPort");
            assertEquals("465", clipboard(robot));
            assertEquals(driver.messages.format("results.copied", "465"), driver.text("#actionMessage"));

            driver.click("#copyReportButton");
            String report = clipboard(robot);
            assertTrue(report.contains("CAN_SEND"), report);
            assertTrue(report.contains("AUTH PLAIN ********") || report.contains("AUTH LOGIN ********"), "transcripts, redacted");
            assertFalse(report.contains(MailWorld.PASSWORD), "the copied report leaks the password");

            driver.click("#saveReportButton");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(saved) && Files.size(saved) > 0);
            String html = Files.readString(saved, StandardCharsets.UTF_8);
            assertTrue(html.startsWith("<!DOCTYPE html>"));
            assertTrue(html.contains("CAN_SEND"));
            assertFalse(html.contains(MailWorld.PASSWORD), "the saved report leaks the password");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(driver.text("#actionMessage").contains(saved.toString()));

            // settings that send were found: a test message can be sent (the flow is in WizardFlowTest)
            verifyThat("#sendTestButton", NodeMatchers.isEnabled());
            verifyThat("#sendTestNote", NodeMatchers.isInvisible());

            // Run again right away: a warning first; after a minute it runs at once
            driver.click("#runAgainButton");
            verifyThat("#rerunBox", NodeMatchers.isVisible());
            assertEquals(CheckSession.State.FINISHED, driver.session.state());
            driver.click("#notNowButton");
            clock.advance(RunGate.QUIET_TIME.plusSeconds(1));
            driver.click("#runAgainButton");
            WaitForAsyncUtils.waitForFxEvents();
            verifyThat("#rerunBox", NodeMatchers.isInvisible());
            driver.awaitOutcome(30);
            assertEquals(Verdict.CAN_SEND, driver.session.outcomeProperty().get().verdict());
        }
    }

    @Test
    void detailsOpenWithTheKeyboardAndTranscriptsDoNotTrapTheFocus(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));
            fillAndStart(robot, MailWorld.PASSWORD, "465");
            driver.awaitOutcome(30);
            robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.CHECK_PORT);
            driver.assertFocused("#nextButton");

            // Tab from Next wraps round to the step list (one stop), then the page: the first row's Details expander
            robot.type(KeyCode.TAB);
            driver.assertFocused("#step-CHECK_PORT");
            robot.type(KeyCode.TAB);
            Node focused = driver.focusOwner();
            assertTrue(focused instanceof TitledPane, "focus on a Details expander, not " + focused);
            TitledPane details = (TitledPane) focused;
            assertFalse(details.isExpanded());
            robot.type(KeyCode.SPACE);
            assertTrue(details.isExpanded(), "Space opens Details");

            robot.type(KeyCode.TAB);
            assertTrue(driver.focusOwner() instanceof javafx.scene.control.TextArea, "then the transcript, " + driver.focusOwner());
            robot.type(KeyCode.TAB);
            assertFalse(driver.focusOwner() instanceof javafx.scene.control.TextArea, "Tab leaves the transcript again");
            assertTrue(driver.focusOwner() instanceof TitledPane, "on to the next row's Details, " + driver.focusOwner());
        }
    }

    @Test
    void theStepListIsOneTabStopWalkedWithTheArrowKeys(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));
            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);

            // before a check, the later steps cannot be opened: Down stays, Up reaches the earlier pages
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            driver.assertFocused("#step-SERVER");
            robot.type(KeyCode.DOWN);
            driver.assertFocused("#step-SERVER");
            robot.type(KeyCode.UP).type(KeyCode.UP);
            driver.assertFocused("#step-WELCOME");
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.WELCOME);
            driver.assertFocused("#emailField");

            robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);
            robot.clickOn("#portField").write("465");
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            driver.awaitOutcome(30);

            // once a check has run, every check page and the answer can be opened from the list
            robot.type(KeyCode.TAB);
            driver.assertFocused("#step-CHECK_PASSWORD");
            robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE);
            driver.assertOn(WizardStep.CHECK_PORT);
            robot.type(KeyCode.TAB);
            driver.assertFocused("#step-CHECK_PORT");
            for (int i = 0; i < WizardStep.values().length; i++) {
                robot.type(KeyCode.DOWN);
            }
            driver.assertFocused("#step-RESULTS");
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.RESULTS);
            Node results = robot.lookup("#step-RESULTS").query();
            assertTrue(results.getAccessibleText().contains(driver.messages.get("wizard.step.results")),
                    "spoken name of the step: " + results.getAccessibleText());
        }
    }

    @Test
    void escapeStopsARunningCheck(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(SmtpBehaviour.builder().silent(true).build(), 25, 465, 587, 2525, 993);
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world, Duration.ofSeconds(60)));
            fillAndStart(robot, MailWorld.PASSWORD, "587");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ProbeThreads.alive().isEmpty());

            robot.type(KeyCode.ESCAPE);

            driver.assertOn(WizardStep.SERVER);
            assertEquals(CheckSession.State.CANCELLED, driver.session.state());
            assertTrue(ProbeThreads.awaitNone(Duration.ofSeconds(3)), "probe threads left: " + ProbeThreads.alive());
        }
    }

    @Test
    void largerTextFitsEveryPageAt1024By700AndIconOnlyControlsHaveAccessibleText(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));
            robot.clickOn(robot.lookup("#largeTextSwitch .thumb-area").queryAs(Node.class));
            List<String> problems = new ArrayList<>();
            check(problems, WizardStep.WELCOME);
            robot.clickOn("#emailField").write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            check(problems, WizardStep.ACCOUNT);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            check(problems, WizardStep.SERVER);
            robot.clickOn("#portField").write("465");
            robot.clickOn("#nextButton");
            check(problems, WizardStep.CHECK_PASSWORD);
            driver.awaitOutcome(30);
            for (WizardStep step : LIVE_AND_RESULTS) {
                robot.interact(() -> driver.wizard.goTo(step));
                check(problems, step);
                // open every Details expander: evidence and transcripts must fit too
                for (Node title : robot.lookup(".details .title").queryAll()) {
                    TitledPane pane = (TitledPane) title.getParent();
                    robot.interact(() -> pane.setExpanded(true));
                }
                WaitForAsyncUtils.waitForFxEvents();
                problems.addAll(driver.cutTexts().stream().map(p -> step + " expanded: " + p).toList());
            }
            problems.addAll(missingAccessibleText(robot));
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void theSmallestWindowWithLargerTextKeepsEveryButtonReachable(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(SmtpBehaviour.builder().silent(true).build(), 25, 465, 587, 2525, 993);
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world, Duration.ofSeconds(60)));
            robot.clickOn(robot.lookup("#largeTextSwitch .thumb-area").queryAs(Node.class));
            fillAndStart(robot, MailWorld.PASSWORD, "587");
            robot.interact(() -> {
                stage.setWidth(MainWindow.MIN_WIDTH);
                stage.setHeight(MainWindow.MIN_HEIGHT);
            });
            WaitForAsyncUtils.waitForFxEvents();

            List<String> problems = new ArrayList<>(driver.outsideTheWindow("#largeTextSwitch", "#cancelButton", "#backButton",
                    "#answerButton", "#nextButton"));
            problems.addAll(driver.cutTexts());
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void nothingButTheLargerTextChoiceIsStored(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));
            fillAndStart(robot, MailWorld.PASSWORD, "465");
            driver.awaitOutcome(30);
            robot.clickOn(robot.lookup("#largeTextSwitch .thumb-area").queryAs(Node.class));
            WaitForAsyncUtils.waitForFxEvents();
            driver.background.submit(() -> null).get(5, TimeUnit.SECONDS);

            assertEquals(List.of(UiPreferences.LARGE_TEXT), List.of(driver.node.keys()));
            assertEquals(0, driver.node.childrenNames().length);
            for (String key : driver.node.keys()) {
                String value = driver.node.get(key, "");
                assertFalse(value.contains(MailWorld.PASSWORD) || value.contains(MailWorld.ADDRESS), key + "=" + value);
            }
        }
    }

    private void fillAndStart(FxRobot robot, String password, String port) {
        driver.assertFocused("#emailField");
        robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.ACCOUNT);
        robot.write(password).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.SERVER);
        robot.clickOn("#portField").write(port);
        robot.clickOn("#nextButton");
        driver.assertOn(WizardStep.CHECK_PASSWORD);
    }

    private void check(List<String> problems, WizardStep step) {
        driver.assertOn(step);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainWindow.WIDTH, stage.getScene().getWidth());
        assertEquals(MainWindow.HEIGHT, stage.getScene().getHeight());
        List<String> ids = new ArrayList<>(List.of("#largeTextSwitch", "#backButton", ".page-title"));
        if (step != WizardStep.RESULTS) {
            ids.add("#nextButton");
        }
        driver.outsideTheWindow(ids.toArray(String[]::new)).forEach(p -> problems.add(step + ": " + p));
        driver.cutTexts().forEach(p -> problems.add(step + ": " + p));
    }

    /** Buttons that show no text (icon only) and nodes that show a symbol need words for screen readers. */
    private static List<String> missingAccessibleText(FxRobot robot) {
        List<String> missing = new ArrayList<>();
        for (Node node : robot.lookup(n -> n instanceof ButtonBase).queryAll()) {
            ButtonBase button = (ButtonBase) node;
            boolean iconOnly = button.getText() == null || button.getText().isBlank();
            if (iconOnly && (button.getAccessibleText() == null || button.getAccessibleText().isBlank())) {
                missing.add("icon-only button without accessible text: " + button);
            }
        }
        for (Node node : robot.lookup(".status-glyph").queryAll()) {
            String spoken = ((Labeled) node).getAccessibleText();
            if (spoken == null || spoken.isBlank()) {
                missing.add("status symbol without accessible text: " + node);
            }
        }
        assertNotNull(robot.lookup("#copyServer").queryButton().getTooltip(), "copy buttons explain themselves on hover");
        return missing;
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
