package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.engine.CheckOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The step list and the page's layout for keyboard users and in the smallest window with larger text. */
class StepListTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theStepListsTabStopShowsAFocusRingAllRound(FxRobot robot) {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        robot.interact(() -> robot.lookup("#step-WELCOME").query().requestFocus());
        driver.assertFocused("#step-WELCOME");
        Border border = robot.lookup("#step-WELCOME").queryAs(Region.class).getBorder();
        assertTrue(border != null && !border.getStrokes().isEmpty(), "no border at all");
        BorderStroke ring = border.getStrokes().get(border.getStrokes().size() - 1);
        for (var side : new Object[][] {{"top", ring.getTopStroke(), ring.getWidths().getTop()},
                {"right", ring.getRightStroke(), ring.getWidths().getRight()},
                {"bottom", ring.getBottomStroke(), ring.getWidths().getBottom()},
                {"left", ring.getLeftStroke(), ring.getWidths().getLeft()}}) {
            assertTrue(!Color.TRANSPARENT.equals(side[1]) && (double) side[2] > 0, "no ring on the " + side[0] + ": " + side[1]);
        }
    }

    @Test
    void theCurrentStepsBoldNameNeverMovesTheStepsBelow(FxRobot robot) {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        for (boolean large : new boolean[] {false, true}) {
            robot.interact(() -> {
                driver.services.appearance().largeTextProperty().set(large);
                stage.setWidth(MainWindow.MIN_WIDTH);
                stage.setHeight(MainWindow.MIN_HEIGHT);
            });
            robot.interact(() -> driver.wizard.goTo(WizardStep.WELCOME));
            Map<WizardStep, Double> first = positions(robot);
            for (WizardStep step : WizardStep.values()) {
                robot.interact(() -> driver.wizard.goTo(step));
                assertEquals(first, positions(robot), "larger text " + large + ", on " + step);
            }
        }
    }

    @Test
    void clickingTheNextStepInTheListGoesOnLikeNext(FxRobot robot) {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.ACCOUNT);
        robot.clickOn("#step-SERVER");
        driver.assertOn(WizardStep.ACCOUNT);
        robot.clickOn("#passwordField").write("secret");
        robot.clickOn("#step-SERVER");
        driver.assertOn(WizardStep.SERVER);
        robot.clickOn("#step-ACCOUNT");
        driver.assertOn(WizardStep.ACCOUNT);
        // a page once reached can be opened again from the list
        robot.clickOn("#step-SERVER");
        driver.assertOn(WizardStep.SERVER);
    }

    @Test
    void thePasswordFieldKeepsAUsableWidthInTheSmallestWindowWithLargerText(FxRobot robot) {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        robot.interact(() -> {
            driver.services.appearance().largeTextProperty().set(true);
            stage.setWidth(MainWindow.MIN_WIDTH);
            stage.setHeight(MainWindow.MIN_HEIGHT);
        });
        robot.write(MailWorld.ADDRESS).type(KeyCode.ENTER);
        driver.assertOn(WizardStep.ACCOUNT);
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField field = robot.lookup("#passwordField").queryAs(PasswordField.class);
        double em = field.getFont().getSize();
        assertTrue(field.getWidth() >= 12 * em, "the password field is " + field.getWidth() + " px wide (" + em + " px font)");
        assertEquals(java.util.List.of(), driver.outsideTheWindow("#passwordField", "#showPassword"));
    }

    private Map<WizardStep, Double> positions(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<WizardStep, Double> y = new LinkedHashMap<>();
        for (WizardStep step : WizardStep.values()) {
            Node item = robot.lookup("#step-" + step.name()).query();
            y.put(step, item.localToScene(item.getLayoutBounds()).getMinY());
        }
        return y;
    }
}
