package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.engine.CheckOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Show/Hide of the password never outlives the page visit: screen sharing must not reveal a real password. */
class PasswordPrivacyTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void showIsOffAgainOnEveryVisitOfThePasswordPage(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.ACCOUNT);
        robot.write("secret").type(KeyCode.TAB).type(KeyCode.SPACE);
        assertShown(robot, true);
        robot.clickOn("#backButton");
        driver.assertOn(WizardStep.WELCOME);
        robot.clickOn("#nextButton");
        driver.assertOn(WizardStep.ACCOUNT);
        assertShown(robot, false);
    }

    @Test
    void aPasswordShownInPracticeIsHiddenForTheRealAccountAfterLeaving(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        PracticeMode practice = driver.views.practice();
        PracticeWizardTest.open(robot, practice, "wrong-password");
        driver.awaitOutcome(30);
        robot.interact(() -> driver.wizard.goTo(WizardStep.ACCOUNT));
        robot.clickOn("#showPassword");
        assertShown(robot, true);

        // Leave practice (here: the practice box's button on the answer page) and type a real address
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
        driver.click("#leaveButton");
        driver.assertOn(WizardStep.WELCOME);
        robot.clickOn("#emailField").write(MailWorld.ADDRESS).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.ACCOUNT);
        assertShown(robot, false);
    }

    private void assertShown(FxRobot robot, boolean shown) {
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton toggle = robot.lookup("#showPassword").queryAs(ToggleButton.class);
        PasswordField masked = robot.lookup("#passwordField").queryAs(PasswordField.class);
        if (shown) {
            assertTrue(toggle.isSelected());
            assertFalse(masked.isVisible());
        } else {
            assertFalse(toggle.isSelected(), "Show is still on");
            assertTrue(masked.isVisible(), "the password is visible");
            assertTrue(driver.robot.lookup("#passwordShown").query().isVisible() == false);
        }
    }
}
