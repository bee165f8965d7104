package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.practice.PracticeScenario;
import org.outboxdoctor.practice.PracticeWorld;
import org.outboxdoctor.settings.Secret;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The practice picker and the answer's practice box, as a trainee meets them. */
class PracticePolishTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void thePickerShowsEveryScenarioWithItsCommandLineNameAndForgetsTheLastRun(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        PracticeMode practice = driver.views.practice();
        PracticeScenario wrong = PracticeWizardTest.open(robot, practice, "wrong-password");
        driver.awaitOutcome(30);
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
        driver.click("#anotherButton");
        WaitForAsyncUtils.waitForFxEvents();

        // nothing of the last run: no ✓/✗ in the step list, no PRACTICE strip of the old scenario
        verifyThat("#practiceStrip", NodeMatchers.isInvisible());
        assertNull(practice.scenarioProperty().get(), "the old scenario is closed");
        for (CheckStep step : CheckStep.values()) {
            assertNull(driver.session.stepProperty(step).get().look(), step + " still shows the last run");
        }
        assertNull(driver.session.outcomeProperty().get());

        // every scenario in view, each with its title and its `practice list` id
        @SuppressWarnings("unchecked")
        ListView<PracticeScenario> list = robot.lookup("#scenarioList").queryAs(ListView.class);
        assertTrue(list.getItems().size() >= 18, "scenarios: " + list.getItems().size());
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        List<String> shown = robot.lookup("#scenarioList .list-cell").queryAll().stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> !cell.isEmpty() && cell.isVisible() && inside(cell, listBounds))
                .map(cell -> cell.getAccessibleText()).toList();
        assertEquals(list.getItems().size(), shown.size(), "cells in view: " + shown);
        for (PracticeScenario scenario : list.getItems()) {
            assertTrue(shown.stream().anyMatch(text -> text.contains(scenario.title()) && text.contains(scenario.id())),
                    scenario.id() + " not shown with both names: " + shown);
        }
        assertTrue(robot.lookup(".scenario-id").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText().contains(wrong.id())));
    }

    @Test
    void aTraineeWhoFixesTheWrongPasswordIsToldSo(FxRobot robot) throws Exception {
        driver = new WizardDriver(robot, stage).open(CheckOptions.defaults());
        PracticeMode practice = driver.views.practice();
        PracticeScenario wrong = PracticeWizardTest.open(robot, practice, "wrong-password");
        driver.awaitOutcome(30);
        assertEquals(FindingCode.WRONG_PASSWORD, driver.session.outcomeProperty().get().codes().get(0));
        // the reports a trainee copies or saves say PRACTICE and the scenario before anything else
        CheckOutcome practiceRun = driver.session.outcomeProperty().get();
        assertTrue(practiceRun.textReport().startsWith("PRACTICE: scenario wrong-password"), practiceRun.textReport());
        assertTrue(practiceRun.htmlReport().contains("<title>PRACTICE: "), practiceRun.htmlReport());
        assertTrue(practiceRun.htmlReport().contains("PRACTICE: scenario wrong-password"));

        String right;
        try (PracticeWorld twin = PracticeWorld.start(wrong)) {
            char[] password = twin.accountPassword();
            right = new String(password);
            Secret.wipe(password);
        }
        robot.interact(() -> {
            driver.wizard.goTo(WizardStep.ACCOUNT);
            driver.session.form().passwordProperty().set(right);
            driver.wizard.goTo(WizardStep.SERVER);
        });
        robot.clickOn("#nextButton");
        driver.assertOn(WizardStep.CHECK_PASSWORD);
        driver.awaitOutcome(30);
        robot.interact(() -> driver.wizard.goTo(WizardStep.RESULTS));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(FindingCode.CAN_SEND, driver.session.outcomeProperty().get().codes().get(0));
        assertEquals(driver.messages.format("practice.result.fixed", "WRONG_PASSWORD"), driver.text("#matchText"));
    }

    private static boolean inside(Node cell, Bounds list) {
        Bounds bounds = cell.localToScene(cell.getLayoutBounds());
        return bounds.getMinY() >= list.getMinY() - 0.5 && bounds.getMaxY() <= list.getMaxY() + 0.5;
    }

}
