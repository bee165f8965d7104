package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.time.Duration;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Verdict;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.practice.SmtpBehaviour;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole wizard against the loopback mail world (GreenMail, scripted SMTP servers, a loopback DNS server),
 * driven through every step with the keyboard or the mouse, headless under Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class WizardFlowTest {

    private Stage stage;
    private WizardDriver driver;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void healthyAccountByKeyboardEndsOnCanSendWithTheSettingsCardFilled(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));

            // 1 Welcome: the focus starts in the address field; Tab to the error field; Enter is Next
            driver.assertFocused("#emailField");
            robot.write(MailWorld.ADDRESS).type(KeyCode.TAB).write("Cannot send mail").type(KeyCode.ENTER);
            driver.assertOn(WizardStep.ACCOUNT);

            // 2 Account: password, Tab over Show to the user name (filled with the address), Enter
            driver.assertFocused("#passwordField");
            robot.write(MailWorld.PASSWORD).type(KeyCode.TAB);
            driver.assertFocused("#showPassword");
            robot.type(KeyCode.TAB);
            driver.assertFocused("#usernameField");
            assertEquals(MailWorld.ADDRESS, driver.field("#usernameField").getText());
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);

            // 3 Settings now: server, port, security chosen with the arrow keys, then Enter starts the check
            driver.assertFocused("#serverField");
            robot.write(MailWorld.SERVER).type(KeyCode.TAB).write("465").type(KeyCode.TAB);
            driver.assertFocused("#securityBox");
            robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
            assertEquals(SecurityChoice.TLS, robot.lookup("#securityBox").queryAs(ComboBox.class).getValue());
            robot.type(KeyCode.TAB);
            driver.assertFocused("#authBox");
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.CHECK_PASSWORD);

            // the six live checks: the focus is on Next, Enter moves on while the probes run
            for (WizardStep step : List.of(WizardStep.CHECK_SERVER, WizardStep.CHECK_PORT, WizardStep.CHECK_FIREWALL,
                    WizardStep.CHECK_ACCOUNT, WizardStep.CHECK_BLACKLIST, WizardStep.RESULTS)) {
                driver.assertFocused("#nextButton");
                robot.type(KeyCode.ENTER);
                driver.assertOn(step);
            }
            driver.awaitOutcome(30);

            assertEquals(Verdict.CAN_SEND, driver.session.outcomeProperty().get().verdict());
            verifyThat("#settingsCard", NodeMatchers.isVisible());
            assertEquals(MailWorld.SERVER, driver.text("#serverValue"));
            assertEquals("465", driver.text("#portValue"));
            assertEquals(driver.messages.get("server.security.tls"), driver.text("#securityValue"));
            assertEquals(MailWorld.ADDRESS, driver.text("#usernameValue"));
            assertEquals(driver.messages.get("results.settings.authPassword"), driver.text("#authValue"));
            assertEquals(driver.messages.get("results.verdict.canSend"), driver.text("#verdictHeadline"));
            verifyThat("#finding-CAN_SEND", NodeMatchers.isVisible());
            assertTrue(driver.text("#userSaw").contains("Cannot send mail"));
            assertEquals(StatusLook.OK, driver.session.stepProperty(CheckStep.PORT).get().look());
        }
    }

    @Test
    void wrongPasswordByMouseEndsOnWrongPassword(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));

            robot.clickOn("#emailField").write(MailWorld.ADDRESS);
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.ACCOUNT);
            robot.clickOn("#passwordField").write("not the password");
            robot.clickOn("#showPassword");
            assertEquals("not the password", driver.field("#passwordShown").getText(), "Show reveals what was typed");
            robot.clickOn("#showPassword");
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.SERVER);
            robot.clickOn("#portField").write("465");
            robot.clickOn("#securityBox").clickOn(driver.messages.get("server.security.tls"));
            robot.clickOn("#nextButton");
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            driver.awaitOutcome(30);

            // the password step itself shows the problem, with the evidence under Details
            verifyThat("#headline", NodeMatchers.isVisible());
            assertEquals(StatusLook.PROBLEM, driver.session.stepProperty(CheckStep.PASSWORD).get().look());
            verifyThat("#row-login-imap-993", NodeMatchers.isVisible());
            robot.clickOn(robot.lookup("#row-login-imap-993 .details .title").queryAs(javafx.scene.Node.class));
            assertTrue(robot.lookup("#row-login-imap-993 .transcript").queryAs(javafx.scene.control.TextArea.class).isVisible());

            for (WizardStep step : List.of(WizardStep.CHECK_SERVER, WizardStep.CHECK_PORT, WizardStep.CHECK_FIREWALL,
                    WizardStep.CHECK_ACCOUNT, WizardStep.CHECK_BLACKLIST, WizardStep.RESULTS)) {
                robot.clickOn("#nextButton");
                driver.assertOn(step);
            }
            assertEquals(FindingCode.WRONG_PASSWORD, driver.session.outcomeProperty().get().codes().get(0));
            verifyThat("#finding-WRONG_PASSWORD", NodeMatchers.isVisible());
            assertEquals(driver.session.outcomeProperty().get().findings().get(0).title(), driver.text("#verdictHeadline"));
        }
    }

    @Test
    void filteredPort25EndsOnPortBlockedRecommending587(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.blackhole(25);
            world.scripted(MailWorld.startTlsServer().build(), 587);
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world));

            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            driver.assertOn(WizardStep.SERVER);
            robot.clickOn("#portField").write("25");
            robot.clickOn("#securityBox").clickOn(driver.messages.get("server.security.starttls"));
            robot.clickOn("#nextButton");
            // straight to the Port step with the step list, once the check has started
            robot.clickOn("#step-CHECK_PORT");
            driver.assertOn(WizardStep.CHECK_PORT);
            driver.awaitOutcome(30);

            assertEquals(StatusLook.PROBLEM, driver.session.stepProperty(CheckStep.PORT).get().look());
            verifyThat("#row-port-25", NodeMatchers.isVisible());
            robot.clickOn("#answerButton");
            driver.assertOn(WizardStep.RESULTS);

            assertEquals(FindingCode.PORT_BLOCKED, driver.session.outcomeProperty().get().codes().get(0));
            verifyThat("#finding-PORT_BLOCKED", NodeMatchers.isVisible());
            verifyThat("#settingsCard", NodeMatchers.isVisible());
            assertEquals("587", driver.text("#portValue"));
            assertEquals(driver.messages.get("server.security.starttls"), driver.text("#securityValue"));
            assertEquals(MailWorld.SERVER, driver.text("#serverValue"));
        }
    }

    @Test
    void cancelDuringAProbeReturnsToAnEditablePageAndLeavesNoProbeThread(FxRobot robot) throws Exception {
        try (MailWorld world = new MailWorld()) {
            world.scripted(SmtpBehaviour.builder().silent(true).build(), 25, 465, 587, 2525, 993);
            driver = new WizardDriver(robot, stage).open(WizardWorld.options(world, Duration.ofSeconds(60)));

            robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
            robot.write(MailWorld.PASSWORD).type(KeyCode.ENTER);
            robot.type(KeyCode.ENTER);
            driver.assertOn(WizardStep.CHECK_PASSWORD);
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !ProbeThreads.alive().isEmpty());
            verifyThat("#cancelButton", NodeMatchers.isVisible());
            assertEquals(CheckSession.State.RUNNING, driver.session.state());

            robot.clickOn("#cancelButton");

            driver.assertOn(WizardStep.SERVER);
            assertEquals(CheckSession.State.CANCELLED, driver.session.state());
            verifyThat("#cancelButton", NodeMatchers.isInvisible());
            verifyThat("#serverField", NodeMatchers.isEnabled());
            assertTrue(driver.field("#serverField").isEditable());
            verifyThat("#nextButton", NodeMatchers.isEnabled());
            assertEquals(driver.messages.get("wizard.start"), driver.button("#nextButton").getText());
            assertEquals(driver.messages.get("wizard.cancelled"), driver.text("#statusMessage"));
            driver.assertFocused("#serverField");
            robot.write("x");
            assertEquals("x", driver.field("#serverField").getText(), "the page takes input again");
            assertTrue(ProbeThreads.awaitNone(Duration.ofSeconds(3)), "probe threads left: " + ProbeThreads.alive());
            assertFalse(driver.session.runningProperty().get());
        }
    }
}
